import type { YamlCheck } from '../../kinds/yaml';
import { getPair, getValue, scalarString, seqItems } from '../../yaml';
import { k8sModel, nodeRange } from '../model';

/**
 * K8S027: the same environment variable twice in one container's `env`. Only the last one takes effect, so the first
 * is dead text that a reader will trust (and `kubectl apply` warns about the duplicate).
 */
export const check: YamlCheck = {
  rule: 'K8S027',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    for (const c of k8sModel(doc).containers) {
      const first = new Map<string, number>();
      for (const e of seqItems(getValue(c.node, 'env'))) {
        const pair = getPair(e, 'name');
        const name = scalarString(pair?.value);
        const range = nodeRange(model, pair?.value);
        if (!name || !range) continue;
        const line = first.get(name);
        if (line === undefined) first.set(name, range.start.line + 1);
        else report(range, { name, line: String(line), container: c.name ?? c.list });
      }
    }
  },
};
