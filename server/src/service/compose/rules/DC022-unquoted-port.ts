import type { YamlCheck } from '../../kinds/yaml';
import { getValue, isScalar, isQuotedScalar, nodeRange, seqItems } from '../../yaml';
import { composeIndex, rangeOf } from '../model';

/** YAML 1.1 reads `digits:digits` (each part after the first below 60) as a base-60 number: `22:22` → 1342. */
export const SEXAGESIMAL = /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/;

/**
 * DC022: an unquoted port mapping such as `22:22` or `2222:22`. YAML 1.1 parsers (older docker-compose, many tools)
 * read it as a base-60 number (1342), not as a string. Quote port mappings. Quick fix: add the quotes.
 */
export const check: YamlCheck = {
  rule: 'DC022',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const s of composeIndex(doc).services.values()) {
      for (const it of seqItems(getValue(s.node, 'ports'))) {
        if (!isScalar(it) || isQuotedScalar(it) || typeof it.value !== 'string' || !SEXAGESIMAL.test(it.value)) continue;
        const range = rangeOf(model, it);
        const r = nodeRange(it as { range?: [number, number, number] });
        if (!range || !r) continue;
        report(range, { port: it.value, number: String(sexagesimal(it.value)) }, [{ titleId: 'quote', edits: [{ range, newText: `"${model.text.slice(r[0], r[1])}"` }], preferred: true }]);
      }
    }
  },
};

export function sexagesimal(s: string): number {
  return s.replace(/_/g, '').split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}
