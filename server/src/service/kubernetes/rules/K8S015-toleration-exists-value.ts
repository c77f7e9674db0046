import type { YamlCheck } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { getPair, getValue, removePair, scalarString, seqItems } from '../../yaml';
import { k8sModel, nodeRange } from '../model';

/**
 * K8S015: a toleration with `operator: Exists` and a `value`. `Exists` matches any value of the key (or, without a
 * key, every taint), so the API rejects a value there; either drop the value or use `operator: Equal`.
 */
export const check: YamlCheck = {
  rule: 'K8S015',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    const spec = k8sModel(doc).podSpec;
    for (const t of seqItems(getValue(spec, 'tolerations'))) {
      if (scalarString(getValue(t, 'operator')) !== 'Exists') continue;
      const pair = getPair(t, 'value');
      const value = scalarString(pair?.value);
      if (!pair || !value) continue;
      const range = nodeRange(model, pair.key);
      if (!range) continue;
      const fixes: Fix[] = [];
      const edit = removePair(model.text, model.index, pair);
      if (edit) fixes.push({ titleId: 'removeValue', edits: [{ range: model.index.range(edit.start, edit.end), newText: '' }], preferred: true });
      const op = getValue(t, 'operator');
      const opRange = nodeRange(model, op);
      if (opRange) fixes.push({ titleId: 'equal', edits: [{ range: opRange, newText: 'Equal' }] });
      report(range, { value, key: scalarString(getValue(t, 'key')) ?? '' }, fixes);
    }
  },
};
