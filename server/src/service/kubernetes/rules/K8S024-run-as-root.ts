import type { YamlCheck } from '../../kinds/yaml';
import { k8sModel, nodeRange } from '../model';
import { containerAnchor, securitySetting } from '../containers';
import { wholeObjectsOnly } from '../context';

/**
 * K8S024: a container that may run as root: `runAsUser: 0`, or neither `runAsNonRoot: true` nor a non-zero
 * `runAsUser` (in its own or the pod's securityContext), so the image's USER decides — root for most images. The
 * notes' Docker chapter gives the reason: leave root, limit what a break-in can do.
 */
export const check: YamlCheck = wholeObjectsOnly({
  rule: 'K8S024',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    const m = k8sModel(doc);
    if (!m.podSpec) return;
    for (const c of m.containers) {
      if (c.list === 'ephemeralContainers') continue;
      const user = securitySetting(m, c, 'runAsUser');
      if (user?.value === 0) {
        const range = nodeRange(model, user.node);
        if (range) report(range, { container: c.name ?? c.list }, undefined, 'root');
        continue;
      }
      if ((typeof user?.value === 'number' && user.value > 0) || securitySetting(m, c, 'runAsNonRoot')?.value === true) continue;
      const range = nodeRange(model, containerAnchor(c));
      if (range) report(range, { container: c.name ?? c.list });
    }
  },
});
