import type { YamlCheck } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { getPair, getValue, isScalar, mapPairs, movePair, pairKey, scalarValue } from '../../yaml';
import { nodeRange } from '../model';
import { isPlaceholder } from '../constraints';

/** What Go's base64 decoder (the API server's, for []byte fields) accepts: standard alphabet, padded, line breaks ignored. */
export function isBase64(v: string): boolean {
  const s = v.replace(/[\r\n]/g, '');
  return s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);
}

/**
 * K8S011: a Secret `data` value that is not base64. The API server rejects the object ("illegal base64 data"). Plain
 * text belongs under `stringData`, which the API encodes itself; the quick fix moves the entry there. (A value that
 * happens to be valid base64 cannot be told from an encoded one.)
 */
export const check: YamlCheck = {
  rule: 'K8S011',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    if (doc.kind !== 'Secret' || doc.apiVersion !== 'v1') return;
    const root = doc.yaml.doc.contents;
    for (const pair of mapPairs(getValue(root, 'data'))) {
      const key = pairKey(pair);
      const v = scalarValue(pair.value);
      if (key === null || typeof v !== 'string' || !isScalar(pair.value) || isPlaceholder(v) || isBase64(v)) continue;
      const range = nodeRange(model, pair.value);
      if (!range) continue;
      const fixes: Fix[] = [];
      const taken = getPair(getValue(root, 'stringData'), key);
      const edits = taken ? undefined : movePair(model.text, model.index, root, pair, key, ['stringData']);
      if (edits) fixes.push({ titleId: 'stringData', args: { key }, edits: edits.map((e) => ({ range: model.index.range(e.start, e.end), newText: e.newText })), preferred: true });
      report(range, { key }, fixes);
    }
  },
};
