import type { YamlCheck } from '../../kinds/yaml';
import { suggestName } from '../../text';
import { k8sModel, nodeRange } from '../model';
import { k8sRefs, objectsOfKind, sameNamespace } from '../references';
import { near, workspaceFacts } from './crossfile';

/**
 * K8S032: an Ingress backend naming a Service that is not in the workspace (while other Services are). The Service
 * may live only in the cluster, hence information; a likely typo is named.
 */
export const check: YamlCheck = {
  rule: 'K8S032',
  formats: ['kubernetes'],
  run({ model, unit: doc, report, workspace }) {
    const refs = k8sRefs(doc).filter((r) => r.target === 'Service');
    if (!refs.length) return;
    const all = workspaceFacts(workspace, model);
    if (!all) return;
    const ns = k8sModel(doc).namespace;
    const services = objectsOfKind(all, 'Service').filter((s) => sameNamespace(s.fact.namespace, ns));
    if (!services.length) return;
    for (const r of refs) {
      if (services.some((s) => s.fact.name === r.name)) continue;
      const range = nodeRange(model, r.node);
      if (!range) continue;
      const suggestion = suggestName(r.name, services.filter((s) => near(model.path, s.file)).map((s) => s.fact.name ?? '').filter(Boolean));
      report(range, { name: r.name, via: r.via, ...(suggestion ? { suggestion } : {}) }, undefined, suggestion ? 'suggest' : undefined);
    }
  },
};
