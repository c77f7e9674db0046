import type { YamlCheck } from '../../kinds/yaml';
import { getPair, getValue, scalarValue } from '../../yaml';
import { k8sModel, nodeRange } from '../model';

/**
 * K8S023: a privileged container (`privileged: true`: every device and capability of the host) or one allowed to
 * gain more privileges than its parent process (`allowPrivilegeEscalation: true`, the setuid route). Needed by a few
 * node agents; for an application it turns a compromise of the container into one of the node.
 */
export const check: YamlCheck = {
  rule: 'K8S023',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    for (const c of k8sModel(doc).containers) {
      const ctx = getValue(c.node, 'securityContext');
      for (const key of ['privileged', 'allowPrivilegeEscalation'] as const) {
        const pair = getPair(ctx, key);
        if (scalarValue(pair?.value) !== true) continue;
        const range = nodeRange(model, pair!.key);
        if (range) report(range, { container: c.name ?? c.list }, undefined, key === 'privileged' ? undefined : 'escalation');
      }
    }
  },
};
