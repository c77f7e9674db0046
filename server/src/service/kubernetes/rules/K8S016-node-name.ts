import type { YamlCheck } from '../../kinds/yaml';
import { getPair, scalarString } from '../../yaml';
import { k8sModel, nodeRange } from '../model';
import { isPlaceholder } from '../constraints';

/**
 * K8S016: `nodeName` in a pod spec. It skips the scheduler and binds the pod to that one node: no resource check,
 * no taints considered, and the pod fails when the node is gone or renamed. The notes advise against it;
 * `nodeSelector` or node affinity choose by labels instead.
 */
export const check: YamlCheck = {
  rule: 'K8S016',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    const pair = getPair(k8sModel(doc).podSpec, 'nodeName');
    const node = scalarString(pair?.value);
    if (!pair || !node || isPlaceholder(node)) return;
    const range = nodeRange(model, pair.key);
    if (range) report(range, { node });
  },
};
