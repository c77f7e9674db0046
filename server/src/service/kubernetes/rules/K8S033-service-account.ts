import type { YamlCheck } from '../../kinds/yaml';
import { k8sModel, nodeRange } from '../model';
import { k8sRefs, objectsOfKind, sameNamespace } from '../references';
import { workspaceFacts } from './crossfile';

/**
 * K8S033: `serviceAccountName` naming a ServiceAccount that is not in the workspace (while others are): the pods are
 * not created until it exists ("serviceaccount not found"). It may be created elsewhere, hence information.
 */
export const check: YamlCheck = {
  rule: 'K8S033',
  formats: ['kubernetes'],
  run({ model, unit: doc, report, workspace }) {
    const refs = k8sRefs(doc).filter((r) => r.target === 'ServiceAccount');
    if (!refs.length) return;
    const all = workspaceFacts(workspace, model);
    if (!all) return;
    const ns = k8sModel(doc).namespace;
    const accounts = objectsOfKind(all, 'ServiceAccount').filter((s) => sameNamespace(s.fact.namespace, ns));
    if (!accounts.length) return;
    for (const r of refs) {
      if (accounts.some((a) => a.fact.name === r.name)) continue;
      const range = nodeRange(model, r.node);
      if (range) report(range, { name: r.name });
    }
  },
};
