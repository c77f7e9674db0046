import type { YamlCheck } from '../../kinds/yaml';
import { suggestName } from '../../text';
import { k8sModel, nodeRange } from '../model';
import { k8sRefs, objectsOfKind, sameNamespace } from '../references';
import { workspaceFacts } from './crossfile';

/**
 * K8S036: a key (`configMapKeyRef.key`, `secretKeyRef.key`, a volume's `items[].key`) that the ConfigMap or Secret it
 * names — in the workspace, written as a manifest — does not have: the pod fails to start
 * (CreateContainerConfigError) unless the reference is `optional`. Generated ConfigMaps are not checked (their keys
 * come from files).
 */
export const check: YamlCheck = {
  rule: 'K8S036',
  formats: ['kubernetes'],
  run({ model, unit: doc, report, workspace }) {
    const refs = k8sRefs(doc).filter((r) => r.key && r.keyNode && !r.optional && (r.target === 'ConfigMap' || r.target === 'Secret'));
    if (!refs.length) return;
    const all = workspaceFacts(workspace, model);
    if (!all) return;
    const ns = k8sModel(doc).namespace;
    for (const r of refs) {
      const objects = objectsOfKind(all, r.target).filter((o) => o.fact.name === r.name && sameNamespace(o.fact.namespace, ns));
      if (!objects.length || objects.some((o) => o.generated || (o.fact.keys ?? []).includes(r.key!))) continue;
      const keys = [...new Set(objects.flatMap((o) => o.fact.keys ?? []))];
      const range = nodeRange(model, r.keyNode);
      if (!range) continue;
      const suggestion = suggestName(r.key!, keys);
      const args: Record<string, string> = { kind: r.target, name: r.name, key: r.key! };
      if (keys.length) args.keys = keys.join(', ');
      if (suggestion) args.suggestion = suggestion;
      report(range, args, undefined, !keys.length ? 'noKeys' : suggestion ? 'suggest' : undefined);
    }
  },
};
