import type { YamlCheck } from '../../kinds/yaml';
import { getValue, scalarString, seqItems, toRange } from '../../yaml';
import { inputsOf } from '../graph';
import { ownFacts } from '../model';

/**
 * KUS016: a generator with `behavior: merge` or `replace` changes a ConfigMap/Secret of the same name that the
 * resources (a base) already have; when there is none, kustomize stops ("… does not exist; cannot merge or
 * replace"). Only when every object is known.
 */
export const check: YamlCheck = {
  rule: 'KUS016',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs, workspace }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const root = doc.yaml.doc.contents;
    let build: ReturnType<typeof inputsOf> | undefined;
    for (const [key, kind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
      for (const g of seqItems(getValue(root, key))) {
        const behaviorNode = getValue(g, 'behavior');
        const behavior = scalarString(behaviorNode);
        const name = scalarString(getValue(g, 'name'));
        if ((behavior !== 'merge' && behavior !== 'replace') || !name) continue;
        build ??= inputsOf(fs, workspace, model.path, ownFacts(model, doc));
        if (!build.complete) return;
        if (build.objects.some((o) => o.kind === kind && (o.orgName === name || o.name === name))) continue;
        const range = toRange(model.index, behaviorNode as { range?: [number, number, number] });
        if (!range) continue;
        const names = build.objects.filter((o) => o.kind === kind).map((o) => o.orgName ?? o.name ?? '').filter(Boolean);
        const fixes = [{ titleId: 'create', args: {}, edits: [{ range, newText: 'create' }] }];
        report(range, names.length ? { name, behavior, kind, names: names.join(', ') } : { name, behavior, kind }, fixes, names.length ? undefined : 'none');
      }
    }
  },
};
