import type { YamlCheck } from '../../kinds/yaml';
import { getPair, scalarValue } from '../../yaml';
import { k8sModel, nodeRange } from '../model';

/**
 * K8S025: `hostNetwork`, `hostPID` or `hostIPC` set to true: the pod shares the node's network stack, process table or
 * IPC — it sees (and can reach) everything on the node, and a `hostNetwork` pod's ports collide with the node's.
 * Meant for node agents (CNI, monitoring), not applications.
 */
export const check: YamlCheck = {
  rule: 'K8S025',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    const spec = k8sModel(doc).podSpec;
    for (const key of ['hostNetwork', 'hostPID', 'hostIPC']) {
      const pair = getPair(spec, key);
      if (scalarValue(pair?.value) !== true) continue;
      const range = nodeRange(model, pair!.key);
      if (range) report(range, { field: key });
    }
  },
};
