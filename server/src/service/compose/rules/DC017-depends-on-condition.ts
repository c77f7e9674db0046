import type { YamlCheck } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { getPair, getValue, isSeq, mapInsertion, nodeRange, scalarString, seqItems, isYamlNode, pairKey } from '../../yaml';
import { parseImageRef } from '../../common/image';
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
 * waits for it. Quick fix: rewrite the list in long form with the fitting condition — adding a healthcheck to a
 * dependency whose image has a known readiness command — and no fix where the rewrite would change nothing.
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

/** A healthcheck test for the official images whose readiness command is known (the image's own client). */
const READY_TESTS: Record<string, string> = {
  mysql: '["CMD", "mysqladmin", "ping", "-h", "localhost"]',
  mariadb: '["CMD", "healthcheck.sh", "--connect", "--innodb_initialized"]',
  postgres: '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]',
  redis: '["CMD", "redis-cli", "ping"]',
  mongo: '["CMD", "mongosh", "--quiet", "--eval", "db.adminCommand(\'ping\')"]',
  rabbitmq: '["CMD", "rabbitmq-diagnostics", "-q", "ping"]',
};

/** The readiness test for a service's image, when it is one of READY_TESTS. */
export function readyTest(service: Entry | undefined): string | undefined {
  const image = scalarString(getValue(service?.node, 'image'));
  if (!image) return undefined;
  const name = parseImageRef(image).name.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  return READY_TESTS[name];
}

function longFormFix(text: string, index: import('../../text').LineIndex, key: unknown, value: unknown, names: string[], services: Map<string, Entry>): Fix | undefined {
  const k = nodeRange(key as { range?: [number, number, number] });
  const v = nodeRange(value as { range?: [number, number, number] });
  if (!k || !v || pairKey({ key, value } as never) === null) return undefined;
  const keyCol = index.positionAt(k[0]).character;
  const ind = ' '.repeat(keyCol + 2);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // service_healthy where the dependency has a healthcheck, or gets one here (an image whose readiness command is
  // known: mysqladmin ping, pg_isready, redis-cli ping …); service_started — the short form's behaviour made
  // visible — elsewhere. A rewrite that would only spell out service_started changes nothing: no fix then.
  const edits: Fix['edits'] = [];
  const added: string[] = [];
  const conditions = names.map((n) => {
    const dep = services.get(n);
    if (hasHealthcheck(dep)) return 'service_healthy';
    const test = readyTest(dep);
    const at = test && dep ? mapInsertion(text, index, dep.node) : undefined;
    if (!test || !at || added.includes(n)) return added.includes(n) ? 'service_healthy' : 'service_started';
    const i = ' '.repeat(at.indent);
    const block = [`${i}healthcheck:`, `${i}  test: ${test}`, `${i}  interval: 10s`, `${i}  timeout: 5s`, `${i}  retries: 5`].join(eol) + eol;
    edits.push({ range: index.range(at.offset, at.offset), newText: block });
    added.push(n);
    return 'service_healthy';
  });
  if (conditions.every((c) => c === 'service_started')) return undefined;
  const body = names.map((n, i) => `${ind}${n}:${eol}${ind}  condition: ${conditions[i]}`).join(eol);
  // From the end of the key to the end of the list: `depends_on:` + the map in block form.
  let end = v[1];
  while (end > v[0] && /\s/.test(text[end - 1])) end--; // a block list's range runs past its last line break
  const colon = text.indexOf(':', k[1]);
  if (colon < 0 || colon > v[0]) return undefined;
  edits.unshift({ range: index.range(colon, end), newText: `:${eol}${body}` });
  return added.length
    ? { titleId: 'addHealthcheck', args: { names: added.join(', ') }, edits, preferred: true }
    : { titleId: 'longForm', args: { condition: [...new Set(conditions)].join(', ') }, edits };
}
