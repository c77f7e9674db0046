import type { YamlCheck } from '../../kinds/yaml';
import { getValue } from '../../yaml';
import { LONG_RUNNING, k8sModel, nodeRange } from '../model';
import { containerAnchor, isAppContainer } from '../containers';
import { wholeObjectsOnly } from '../context';

/**
 * K8S021: an app container of a long-running workload without a readiness or liveness probe. Without readiness, a
 * Service sends traffic to the pod as soon as the process starts, before it can answer (and during a rolling update
 * an old pod is removed as soon as a new one merely runs); without liveness, a hung process is never restarted. The
 * workshop notes explain the difference.
 */
export const check: YamlCheck = wholeObjectsOnly({
  rule: 'K8S021',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    if (!doc.kind || !LONG_RUNNING.has(doc.kind)) return;
    for (const c of k8sModel(doc).containers) {
      if (!isAppContainer(c)) continue;
      const liveness = getValue(c.node, 'livenessProbe') !== undefined;
      const readiness = getValue(c.node, 'readinessProbe') !== undefined;
      if (liveness && readiness) continue;
      const range = nodeRange(model, containerAnchor(c));
      if (range) report(range, { container: c.name ?? c.list }, undefined, liveness ? 'noReadiness' : readiness ? 'noLiveness' : undefined);
    }
  },
});
