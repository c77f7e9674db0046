import type { YamlCheck } from '../../kinds/yaml';
import { toRange } from '../../yaml';
import { describe, inputsOf } from '../graph';
import { ownFacts } from '../model';
import { inlineShape, patchEntries, patchFileShape } from '../patches';

/**
 * KUS012: a strategic-merge patch without a `target` names its object by apiVersion, kind and metadata.name; when no
 * object of the build has them (the name after a base's namePrefix, the wrong API version), kustomize stops ("no
 * matches for Id … failed to find unique target for patch"). Also a patch that is neither a strategic-merge patch
 * (no kind/name: the notes' prod `resources.yaml`) nor a list of operations. Only when every object of the
 * build is known (no remote bases, plugins or Helm charts).
 */
export const check: YamlCheck = {
  rule: 'KUS012',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs, workspace }) {
    if (!fs.available || !fs.contains(model.path) || doc.kind === 'JsonPatch') return;
    const entries = patchEntries(doc.yaml.doc.contents);
    if (!entries.length) return;
    let build: ReturnType<typeof inputsOf> | undefined;
    for (const e of entries) {
      const shape = e.inline ? inlineShape(model, e.inline) : e.file ? patchFileShape(fs, model.path, e.file) : undefined;
      if (!shape || shape.shape === 'json' || shape.shape === 'unreadable') continue;
      const range = toRange(model.index, e.anchor as { range?: [number, number, number] });
      if (!range) continue;
      const what = e.file ?? 'patch';
      if (shape.shape === 'unknown') {
        if (!e.target) report(range, { patch: what }, undefined, 'unidentified');
        continue;
      }
      if (e.target) continue; // a target picks the objects (KUS013)
      // kustomize needs a kind and a name; an apiVersion only when the object has one (kinds of its own may have none).
      const missing = shape.docs.find((d) => !d.kind || !d.name);
      if (missing && !missing.kind && !missing.name && !missing.version) {
        report(range, { patch: what }, undefined, 'unidentified');
        continue;
      }
      if (missing) {
        report(range, { patch: what, missing: [!missing.kind && 'kind', !missing.name && 'metadata.name'].filter(Boolean).join(', ') }, undefined, 'incomplete');
        continue;
      }
      build ??= inputsOf(fs, workspace, model.path, ownFacts(model, doc));
      if (!build.complete) return;
      for (const d of shape.docs) {
        const same = build.objects.filter((o) => o.kind === d.kind && (o.orgName === d.name || o.name === d.name));
        const exact = same.filter((o) => o.group === d.group && o.version === d.version && (!d.namespace || o.orgNamespace === d.namespace || o.namespace === d.namespace));
        if (exact.length) continue;
        const id = `${d.group ? `${d.group}/` : ''}${d.version} ${d.kind} ${d.name}`;
        if (same.length) report(range, { patch: what, id, found: same.map((o) => `${o.group ? `${o.group}/` : ''}${o.version} ${describe(o)}`).join(', ') }, undefined, 'version');
        else {
          const names = build.objects.filter((o) => o.kind === d.kind).map((o) => o.orgName ?? o.name ?? '').filter(Boolean);
          report(range, { patch: what, id, names: names.join(', ') || '-' }, undefined, names.length ? undefined : 'noKind');
        }
        break;
      }
    }
  },
};
