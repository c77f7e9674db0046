import type { YamlCheck } from '../../kinds/yaml';
import { getPair, getValue, scalarString, seqItems } from '../../yaml';
import { k8sModel, nodeRange } from '../model';

/**
 * K8S026: a `hostPath` volume: a folder of the node mounted into the pod. The data stays on whichever node the pod
 * ran on (it is not there after a reschedule), and a writable host path lets the container change the node.
 * Node agents need it (the notes' filebeat DaemonSet reads `/var/lib/docker/containers`); applications want a
 * PersistentVolumeClaim, `emptyDir`, or a ConfigMap.
 */
export const check: YamlCheck = {
  rule: 'K8S026',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    for (const v of seqItems(getValue(k8sModel(doc).podSpec, 'volumes'))) {
      const pair = getPair(v, 'hostPath');
      if (!pair) continue;
      const range = nodeRange(model, pair.key);
      if (range) report(range, { volume: scalarString(getValue(v, 'name')) ?? '', path: scalarString(getValue(pair.value, 'path')) ?? '' });
    }
  },
};
