import type { YamlCheck } from '../../kinds/yaml';
import { containerPorts, k8sModel, nodeRange } from '../model';
import { probePorts } from '../containers';
import { isPlaceholder } from '../constraints';
import { wholeObjectsOnly } from '../context';

/**
 * K8S022: a probe that connects to a port the container does not declare. A named port (`port: http`) must be one of
 * the container's `ports[].name` — otherwise the probe cannot resolve it and fails, and the pod is never ready (or is
 * restarted in a loop). A number is checked only when the container declares ports and none of them is that number
 * (a likely typo: `8080` for `80`).
 */
export const check: YamlCheck = wholeObjectsOnly({
  rule: 'K8S022',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    for (const c of k8sModel(doc).containers) {
      const ports = containerPorts(c);
      for (const p of probePorts(c)) {
        const range = nodeRange(model, p.node);
        if (!range) continue;
        const declared = ports.map((x) => x.name).filter(Boolean).join(', ');
        if (typeof p.value === 'string') {
          if (isPlaceholder(p.value) || /^\d+$/.test(p.value) || ports.some((x) => x.name === p.value)) continue;
          report(range, { probe: p.probe, port: p.value, container: c.name ?? c.list, ...(declared ? { declared } : {}) }, undefined, declared ? undefined : 'noNames');
        } else if (ports.length && ports.every((x) => x.containerPort !== undefined) && !ports.some((x) => x.containerPort === p.value)) {
          report(range, { probe: p.probe, port: String(p.value), container: c.name ?? c.list, declared: ports.map((x) => String(x.containerPort)).join(', ') }, undefined, 'number');
        }
      }
    }
  },
});
