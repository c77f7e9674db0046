import type { YamlCheck } from '../../kinds/yaml';
import { suggestName } from '../../text';
import { k8sModel, nodeRange } from '../model';
import { k8sRefs, objectsOfKind, sameNamespace } from '../references';
import { near, workspaceFacts } from './crossfile';

/**
 * K8S034: a ConfigMap or Secret named by env, envFrom, a volume, imagePullSecrets or an Ingress's TLS that is not in
 * the workspace (ConfigMaps and Secrets a kustomization generates count), while others of its kind are. Unless the
 * reference is `optional`, the pod does not start until it exists. It may be created elsewhere (by hand, by a secret
 * operator), hence information; a likely typo is named.
 */
export const check: YamlCheck = {
  rule: 'K8S034',
  formats: ['kubernetes'],
  run({ model, unit: doc, report, workspace }) {
    const refs = k8sRefs(doc).filter((r) => (r.target === 'ConfigMap' || r.target === 'Secret') && !r.optional);
    if (!refs.length) return;
    const all = workspaceFacts(workspace, model);
    if (!all) return;
    const ns = k8sModel(doc).namespace;
    const seen = new Set<string>();
    for (const r of refs) {
      const objects = objectsOfKind(all, r.target).filter((o) => sameNamespace(o.fact.namespace, ns));
      if (!objects.length || objects.some((o) => o.fact.name === r.name)) continue;
      const range = nodeRange(model, r.node);
      const id = `${r.target}/${r.name}@${range?.start.line}:${range?.start.character}`;
      if (!range || seen.has(id)) continue;
      seen.add(id);
      const suggestion = suggestName(r.name, objects.filter((o) => near(model.path, o.file)).map((o) => o.fact.name ?? '').filter(Boolean));
      report(range, { kind: r.target, name: r.name, via: r.via, ...(suggestion ? { suggestion } : {}) }, undefined, suggestion ? 'suggest' : undefined);
    }
  },
};
