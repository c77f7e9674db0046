import type { YamlCheck } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { getPair, getValue, isSeq, nodeRange, scalarString, seqItems, isYamlNode, pairKey } from '../../yaml';
import { composeIndex, rangeOf, type Entry } from '../model';

/** A service whose healthcheck can report "healthy" (declared and not disabled). */
export function hasHealthcheck(service: Entry | undefined): boolean {
  const hc = getValue(service?.node, 'healthcheck');
  if (hc === undefined || hc === null) return false;
  if (scalarString(getValue(hc, 'disable')) === 'true') return false;
  const test = getValue(hc, 'test');
  const first = isSeq(test) ? scalarString(seqItems(test)[0]) : scalarString(test);
  return first !== 'NONE';
}

/**
 * DC017: short-form `depends_on` (`- db`) only waits until the other container has *started*, not until it is ready
 * (a database may still be initialising). When the dependency has a healthcheck, `condition: service_healthy`
 * waits for it. Quick fix: rewrite the list in long form with the fitting condition.
 */
export const check: YamlCheck = {
  rule: 'DC017',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    const idx = composeIndex(doc);
    for (const s of idx.services.values()) {
      const pair = getPair(s.node, 'depends_on');
      if (!pair || !isSeq(pair.value)) continue;
      const items = seqItems(pair.value);
      const names = items.map(scalarString);
      if (names.some((n) => n === undefined)) continue;
      const fix = longFormFix(model.text, model.index, pair.key, pair.value, names as string[], idx.services);
      for (const it of items) {
        const name = scalarString(it)!;
        const range = isYamlNode(it) ? rangeOf(model, it) : undefined;
        if (!range) continue;
        const healthy = hasHealthcheck(idx.services.get(name));
        report(range, { name, service: s.name }, fix ? [fix] : undefined, healthy ? 'healthy' : undefined);
      }
    }
  },
};

function longFormFix(text: string, index: import('../../text').LineIndex, key: unknown, value: unknown, names: string[], services: Map<string, Entry>): Fix | undefined {
  const k = nodeRange(key as { range?: [number, number, number] });
  const v = nodeRange(value as { range?: [number, number, number] });
  if (!k || !v || pairKey({ key, value } as never) === null) return undefined;
  const keyCol = index.positionAt(k[0]).character;
  const ind = ' '.repeat(keyCol + 2);
  // service_healthy only where the dependency has a healthcheck (Compose refuses it otherwise); service_started,
  // the short form's behaviour made visible, elsewhere. The fix's title names what it writes.
  const conditions = names.map((n) => (hasHealthcheck(services.get(n)) ? 'service_healthy' : 'service_started'));
  const body = names.map((n, i) => `${ind}${n}:\n${ind}  condition: ${conditions[i]}`).join('\n');
  // From the end of the key to the end of the list: `depends_on:` + the map in block form.
  let end = v[1];
  while (end > v[0] && /\s/.test(text[end - 1])) end--; // a block list's range runs past its last line break
  const colon = text.indexOf(':', k[1]);
  if (colon < 0 || colon > v[0]) return undefined;
  return { titleId: 'longForm', args: { condition: [...new Set(conditions)].join(', ') }, edits: [{ range: index.range(colon, end), newText: `:\n${body}` }] };
}
