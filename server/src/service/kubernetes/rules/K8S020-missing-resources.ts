import type { YamlCheck } from '../../kinds/yaml';
import { getIn, getValue } from '../../yaml';
import { k8sModel, nodeRange } from '../model';
import { containerAnchor } from '../containers';
import { wholeObjectsOnly } from '../context';

const WANTED = [['requests', 'cpu'], ['requests', 'memory'], ['limits', 'memory']] as const;

/**
 * K8S020: a container without CPU/memory requests or a memory limit. Requests are what the scheduler places the pod
 * by (without them a busy node takes it anyway); a memory limit keeps one leaking container from starving the node
 * (it is OOM-killed instead). A CPU limit is left to the team: it throttles, which not every workload wants.
 */
export const check: YamlCheck = wholeObjectsOnly({
  rule: 'K8S020',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    const m = k8sModel(doc);
    if (!m.podSpec) return;
    for (const c of m.containers) {
      if (c.list === 'ephemeralContainers') continue;
      const resources = getValue(c.node, 'resources');
      const missing = WANTED.filter(([a, b]) => getIn(resources, [a, b]) === undefined).map(([a, b]) => `${a}.${b}`);
      if (!missing.length) continue;
      const range = nodeRange(model, containerAnchor(c));
      if (range) report(range, { container: c.name ?? c.list, missing: missing.join(', ') }, undefined, missing.length === WANTED.length ? 'none' : undefined);
    }
  },
});
