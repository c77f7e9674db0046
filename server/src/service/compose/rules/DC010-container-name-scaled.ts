import type { YamlCheck } from '../../kinds/yaml';
import { getPair } from '../../yaml';
import { composeIndex, rangeOf } from '../model';
import { replicas } from '../syntax';

/**
 * DC010: `container_name` on a service that runs more than one container (`scale` or `deploy.replicas` > 1).
 * Container names are unique per Docker host, so the second container cannot be created.
 */
export const check: YamlCheck = {
  rule: 'DC010',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const s of composeIndex(doc).services.values()) {
      const n = replicas(s);
      if (n <= 1) continue;
      const pair = getPair(s.node, 'container_name');
      const range = pair ? rangeOf(model, pair.key) : undefined;
      if (range) report(range, { service: s.name, replicas: String(n) });
    }
  },
};
