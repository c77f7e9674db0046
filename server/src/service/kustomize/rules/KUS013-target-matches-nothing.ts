import type { YamlCheck } from '../../kinds/yaml';
import { toRange } from '../../yaml';
import { inputsOf, select } from '../graph';
import { ownFacts } from '../model';
import { patchEntries } from '../patches';

/**
 * KUS013: a patch `target` that selects no object of the build: kustomize applies the patch to nothing, silently
 * (a name that has the base's prefix, `kind: deployment` in the wrong case, a label the objects do not carry). Only
 * when every object of the build is known.
 */
export const check: YamlCheck = {
  rule: 'KUS013',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs, workspace }) {
    if (!fs.available || !fs.contains(model.path) || doc.kind === 'JsonPatch') return;
    const entries = patchEntries(doc.yaml.doc.contents).filter((e) => e.target && e.targetNode);
    if (!entries.length) return;
    const build = inputsOf(fs, workspace, model.path, ownFacts(model, doc));
    if (!build.complete) return;
    for (const e of entries) {
      const picked = select(build.objects, e.target!);
      if (!picked || picked.length) continue;
      const range = toRange(model.index, (e.targetKey ?? e.targetNode) as { range?: [number, number, number] });
      if (!range) continue;
      const t = e.target!;
      const target = Object.entries(t).map(([k, v]) => `${k}: ${v}`).join(', ');
      const sameKind = build.objects.filter((o) => !t.kind || new RegExp(`^(?:${t.kind})$`, 'i').test(o.kind ?? ''));
      const names = [...new Set(sameKind.map((o) => `${o.kind} ${o.orgName ?? o.name}`))].slice(0, 8).join(', ');
      report(range, { target, objects: names || '-' });
    }
  },
};
