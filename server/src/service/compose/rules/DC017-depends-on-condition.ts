import type { YamlCheck } from '../../kinds/yaml';
import type { Fix } from '../../types';
import type { LineIndex } from '../../text';
import { getPair, getValue, insertBlock, isSeq, nestingStep, nodeRange, scalarString, seqItems, isYamlNode, pairKey } from '../../yaml';
import { officialName, parseImageRef } from '../../common/image';
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
 * waits for it. The message names the readiness command when the dependency's image has a known one (variant:
 * readyCommand). Quick fix: rewrite the list in long form with the fitting condition — adding that healthcheck to a
 * dependency that has none — and no fix where the rewrite would only spell out `service_started`, which changes
 * nothing.
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
      const fix = longFormFix(model.text, model.index, pair.key, pair.value, names as string[], idx.services, idx.root);
      for (const it of items) {
        const name = scalarString(it)!;
        const range = isYamlNode(it) ? rangeOf(model, it) : undefined;
        if (!range) continue;
        const dep = idx.services.get(name);
        const ready = readyTest(dep);
        const fixes = fix ? [fix] : undefined;
        if (hasHealthcheck(dep)) report(range, { name, service: s.name }, fixes, 'healthy');
        else if (ready && !declaresHealthcheck(dep)) report(range, { name, service: s.name, command: ready.command }, fixes, 'readyCommand');
        else report(range, { name, service: s.name }, fixes);
      }
    }
  },
};

/**
 * A healthcheck test for the official images whose readiness command is known, each the image's own client:
 * `command` is what the message names, `test` the healthcheck's `test:` in the file (`$$` is a `$` in Compose).
 * MariaDB images since 10.4 ship `healthcheck.sh` (and 11.x no longer has `mysqladmin`), so MariaDB gets that.
 */
const READY_TESTS: Record<string, { command: string; test: string }> = {
  mysql: { command: 'mysqladmin ping', test: '["CMD", "mysqladmin", "ping", "-h", "localhost"]' },
  mariadb: { command: 'healthcheck.sh --connect', test: '["CMD", "healthcheck.sh", "--connect", "--innodb_initialized"]' },
  postgres: { command: 'pg_isready', test: '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]' },
  redis: { command: 'redis-cli ping', test: '["CMD", "redis-cli", "ping"]' },
  mongo: { command: 'mongosh --eval "db.adminCommand(\'ping\')"', test: '["CMD", "mongosh", "--quiet", "--eval", "db.adminCommand(\'ping\')"]' },
  rabbitmq: { command: 'rabbitmq-diagnostics ping', test: '["CMD", "rabbitmq-diagnostics", "-q", "ping"]' },
};

/** The readiness test for a service's image, when it is an official image of READY_TESTS. */
export function readyTest(service: Entry | undefined): { command: string; test: string } | undefined {
  const image = scalarString(getValue(service?.node, 'image'));
  if (!image) return undefined;
  const name = officialName(parseImageRef(image).name);
  return name ? READY_TESTS[name] : undefined;
}

/** A `healthcheck` key is written (possibly disabled): the fix must not add a second one. */
const declaresHealthcheck = (service: Entry | undefined) => getPair(service?.node, 'healthcheck') !== undefined;

function longFormFix(text: string, index: LineIndex, key: unknown, value: unknown, names: string[], services: Map<string, Entry>, root: unknown): Fix | undefined {
  const k = nodeRange(key as { range?: [number, number, number] });
  const v = nodeRange(value as { range?: [number, number, number] });
  if (!k || !v || pairKey({ key, value } as never) === null) return undefined;
  const keyCol = index.positionAt(k[0]).character;
  const step = nestingStep(text, index, root, root);
  const ind = ' '.repeat(keyCol + step);
  const inner = ' '.repeat(step);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // service_healthy where the dependency has a healthcheck, or gets one here (an image whose readiness command is
  // known: mysqladmin ping, pg_isready, redis-cli ping …); service_started — the short form's behaviour made
  // visible — elsewhere. A rewrite that would only spell out service_started changes nothing: no fix then.
  const edits: Fix['edits'] = [];
  const added: string[] = [];
  const conditions = names.map((n) => {
    const dep = services.get(n);
    if (hasHealthcheck(dep)) return 'service_healthy';
    if (added.includes(n)) return 'service_healthy';
    const ready = declaresHealthcheck(dep) ? undefined : readyTest(dep);
    const edit = ready && dep ? insertBlock(text, index, dep.node, 'healthcheck', [['test', ready.test], ['interval', '10s'], ['timeout', '5s'], ['retries', '5']], root) : undefined;
    if (!edit) return 'service_started';
    edits.push({ range: index.range(edit.start, edit.end), newText: edit.newText });
    added.push(n);
    return 'service_healthy';
  });
  if (conditions.every((c) => c === 'service_started')) return undefined;
  const body = names.map((n, i) => `${ind}${n}:${eol}${ind}${inner}condition: ${conditions[i]}`).join(eol);
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
