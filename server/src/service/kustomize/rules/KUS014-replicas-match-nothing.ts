import type { YamlCheck } from '../../kinds/yaml';
import { getValue, scalarString, seqItems, toRange } from '../../yaml';
import { suggestName } from '../../text';
import { inputsOf } from '../graph';
import { ownFacts } from '../model';

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

/**
 * KUS014: a `replicas` entry whose name is no Deployment, ReplicaSet, StatefulSet or ReplicationController of the
 * build: kustomize stops ("resource with name … does not match a config"). Names are the ones before this
 * kustomization's own namePrefix (or with the prefixes of the bases). Only when every object is known.
 */
export const check: YamlCheck = {
  rule: 'KUS014',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs, workspace }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const items = seqItems(getValue(doc.yaml.doc.contents, 'replicas'));
    if (!items.length) return;
    const build = inputsOf(fs, workspace, model.path, ownFacts(model, doc));
    if (!build.complete) return;
    const scalable = build.objects.filter((o) => SCALABLE.has(o.kind ?? ''));
    for (const item of items) {
      const node = getValue(item, 'name');
      const name = scalarString(node);
      if (!name || scalable.some((o) => o.orgName === name || o.name === name)) continue;
      const range = toRange(model.index, node as { range?: [number, number, number] });
      if (!range) continue;
      const names = [...new Set(scalable.map((o) => o.name ?? o.orgName ?? '').filter(Boolean))];
      const suggestion = suggestName(name, names);
      const fixes = suggestion ? [{ titleId: 'replace', args: { value: suggestion }, edits: [{ range, newText: suggestion }], preferred: true }] : undefined;
      // Only the values its variant shows: the names when there are some, the suggestion when there is one.
      const args: Record<string, string> = { name };
      if (names.length) args.names = names.join(', ');
      if (suggestion) args.suggestion = suggestion;
      report(range, args, fixes, suggestion ? 'suggest' : names.length ? undefined : 'none');
    }
  },
};
