import type { YamlCheck } from '../../kinds/yaml';
import { getValue, isMap, mapPairs, pairKey, seqItems, toRange, type YamlPair } from '../../yaml';
import { STRUCTS } from '../fields';
import { REPLACEMENT, rewriteFix } from '../rewrite';

/**
 * KUS010: a field kustomize v5 deprecated (`commonLabels`, `patchesStrategicMerge`, `patchesJson6902`, `bases`,
 * `imageTags`, `vars`, `helmChartInflationGenerator`, a generator's `env`), with the v5 form it should be written in
 * and, where the rewrite is mechanical, a quick fix that makes it (rewrite.ts) — the same build output, checked
 * with kubectl by the tests.
 */
export const check: YamlCheck = {
  rule: 'KUS010',
  formats: ['kustomize'],
  run({ model, unit: doc, report }) {
    const root = doc.yaml.doc.contents;
    if (!isMap(root)) return;
    const at = (host: unknown, pair: YamlPair) => {
      const key = pairKey(pair);
      const range = toRange(model.index, pair.key as { range?: [number, number, number] });
      if (!key || !range) return;
      const fix = rewriteFix(model, host, pair);
      report(range, { key, replacement: REPLACEMENT[key] }, fix ? [fix] : undefined, key);
    };
    for (const pair of mapPairs(root)) {
      const key = pairKey(pair);
      if (key && STRUCTS.Kustomization[key]?.deprecated) at(root, pair);
    }
    for (const gen of ['configMapGenerator', 'secretGenerator']) {
      for (const item of seqItems(getValue(root, gen))) {
        const env = mapPairs(item).find((p) => pairKey(p) === 'env');
        if (env) at(item, env);
      }
    }
  },
};
