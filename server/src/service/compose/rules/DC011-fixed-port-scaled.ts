import type { YamlCheck } from '../../kinds/yaml';
import { getValue, seqItems } from '../../yaml';
import { composeIndex, rangeOf } from '../model';
import { portOf, replicas } from '../syntax';

/**
 * DC011: a fixed host port (`"8080:80"`) on a service that runs several containers: only the first can bind the
 * host port. Publish only the container port (`"80"`, a random host port each) or a host range as wide as the scale.
 */
export const check: YamlCheck = {
  rule: 'DC011',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const s of composeIndex(doc).services.values()) {
      const n = replicas(s);
      if (n <= 1) continue;
      for (const it of seqItems(getValue(s.node, 'ports'))) {
        const p = portOf(it);
        if (!p || p.hostStart === undefined || p.hostEnd === undefined) continue;
        if (p.hostEnd - p.hostStart + 1 >= n) continue; // a range wide enough for every replica
        const range = rangeOf(model, it);
        if (range) report(range, { service: s.name, port: String(p.hostStart), replicas: String(n) });
      }
    }
  },
};
