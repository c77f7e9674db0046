// Bugs the fuzzer found, each as the minimal reproducer it printed (seed in the test name). Every case runs through
// the fuzzer's own oracle (no exception, every call within 1 s, every range inside the document, fixes apply)
// and asserts the specific property that was broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { Position } from 'vscode-languageserver-types';
import { LineIndex } from '../../server/src/service/text';
import { virtualFile } from './corpus';
import { describe, EN, exercise, fuzzService, rangeProblem, DEFAULT_EXERCISE, type Family } from './service';

const svc = fuzzService();

/** The fuzzer's oracle on one document, at the given positions (and its usual edge positions). */
function clean(path: string, text: string, languageId?: string, positions: Position[] = [], only?: Family): void {
  const file = virtualFile(path, text, languageId);
  for (const seed of [1, 2, 3]) {
    const r = exercise(svc, { file, text, languageId }, seed, { ...DEFAULT_EXERCISE, extraPositions: positions, only });
    assert.deepEqual(r.violations.map(describe), [], `${path} ${JSON.stringify(text.slice(0, 80))}`);
  }
}

test('seed 3911940538 (sweep, django/app/Dockerfile cut before line 16): completion past the end of a line or of the document', () => {
  // The Dockerfile completion used the request position as is: its text edits started past the line's end.
  const text = 'FROM alpine\nRUN echo hi\n';
  const m = svc.parse({ uri: 'file:///work/Dockerfile', path: '/work/Dockerfile', text });
  for (const position of [{ line: 2, character: 1 }, { line: 3, character: 0 }, { line: 7, character: 3 }, { line: 0, character: 500 }]) {
    for (const item of svc.doComplete(m, position, EN).items) {
      const te = item.textEdit as { range: import('vscode-languageserver-types').Range } | undefined;
      if (te) assert.equal(rangeProblem(te.range, m.index), undefined, `${item.label} at ${JSON.stringify(position)}`);
    }
    svc.doHover(m, position, EN);
    svc.doDefinition(m, position);
  }
  clean('Dockerfile', text, undefined, [{ line: 2, character: 1 }, { line: 3, character: 0 }]);
});

test('seed 15478349 (sweep): DF114 on a continuation at the very end of a Dockerfile lies inside the document', () => {
  // dockerfile-utils reports the empty continuation line as the range (line 2, 0)–(line 3, 0): line 3 does not exist.
  for (const text of ['FROM alpine\nRUN echo \\\n', 'FROM alpine\nRUN echo \\\n\n', 'FROM alpine\r\nRUN echo \\\r\n']) {
    const m = svc.parse({ uri: 'file:///work/Dockerfile', path: '/work/Dockerfile', text });
    const ds = svc.doValidation(m, EN).filter((d) => d.code === 'DF114');
    assert.ok(ds.length, `DF114 expected for ${JSON.stringify(text)}`);
    for (const d of ds) assert.equal(rangeProblem(d.range, m.index), undefined, JSON.stringify(text));
    clean('Dockerfile', text);
  }
});

test('seed 1461629411: an offset between the \\r and the \\n of a CRLF is the end of the line (YAML001 range)', () => {
  const idx = new LineIndex('ab\r\ncd');
  assert.deepEqual(idx.positionAt(2), { line: 0, character: 2 });
  assert.deepEqual(idx.positionAt(3), { line: 0, character: 2 }, 'between \\r and \\n');
  assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
  // The fuzzer's reproducer: a YAML error ending between \r and \n gave a range one character past the line.
  const text = '    dest: "/etc/apac}}}}}}}}}}}}}}}}}}}\r\nnf"\r\n';
  const m = svc.parse({ uri: 'file:///work/compose.yaml', path: '/work/compose.yaml', text, languageId: 'dockercompose' });
  const ds = svc.doValidation(m, EN);
  assert.ok(ds.some((d) => d.code === 'YAML001'));
  for (const d of ds) assert.equal(rangeProblem(d.range, m.index), undefined, `${d.code}`);
  clean('compose.yaml', text, 'dockercompose');
});

test('seed 1647234071: YAML001 on errors under deep indentation is linear, not quadratic', () => {
  // `text.replace(/\s+$/, '')` ran once per syntax error: on long runs of indentation each call is quadratic
  // (this document took ~30 s; 200 KB with 2,000-space indents took ~60 s).
  const text = 'services:\n  web:\n    image: x\n' + Array.from({ length: 60 }, () => ' '.repeat(2000) + 'a: b: c\n').join('');
  const t0 = performance.now();
  const m = svc.parse({ uri: 'file:///work/compose.yaml', path: '/work/compose.yaml', text });
  const findings = svc.findings(m, EN);
  const ms = performance.now() - t0;
  assert.ok(findings.filter((f) => f.ruleId === 'YAML001').length >= 50);
  assert.ok(ms < 1000, `parse + findings took ${Math.round(ms)} ms`);
});

test('seed 3883196226 (server session 3339631004, push): an invalid stage name no longer hangs validation', () => {
  // dockerfile-utils checks FROM's stage name with /^[a-z]([a-z0-9_\-.]*)*$/: exponential backtracking on a name it
  // rejects. The fuzzer's document (1 KB) held the server for 3 minutes; a name typed by hand took seconds.
  const fuzzed = '# devops-hints-ignore DF012\n# devops-hints-ignore DF101\nFROM image: :1.13-a' + 'x'.repeat(124) + 'ports:' + 'x'.repeat(106) + '\t' + 'x'.repeat(202) + 'patches:' + 'x'.repeat(469) + '/nginx/conf.d/defau$lt.conf';
  const typed = 'FROM node:20 AS build-the-backend-service-app-with-a-long-name/\nRUN make\n';
  for (const text of [fuzzed, typed]) {
    const t0 = performance.now();
    const m = svc.parse({ uri: 'file:///work/Dockerfile', path: '/work/Dockerfile', text });
    const ds = svc.doValidation(m, EN);
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `validation took ${Math.round(ms)} ms`);
    if (text === typed) assert.deepEqual(ds.filter((d) => d.code === 'DF104').map((d) => [d.range.start.character, d.range.end.character]), [[16, 63]]);
    clean('Dockerfile', text);
  }
  // What the rule reports is unchanged: valid names, duplicate names, names that start with a digit.
  const m = svc.parse({ uri: 'file:///work/Dockerfile', path: '/work/Dockerfile', text: 'FROM a AS B/c\nFROM a AS b/C\nFROM a AS 1x\nFROM a AS ok\n' });
  assert.deepEqual(svc.doValidation(m, EN).filter((d) => /DF10[34]/.test(String(d.code))).map((d) => `${d.code}@${d.range.start.line}`).sort(), ['DF103@0', 'DF103@1', 'DF104@0', 'DF104@1', 'DF104@2']);
});

test('seed 1797024724: YAML completion on a 75,000-character line of `- - - …` is linear', () => {
  // The completion context's key regex split `- ` markers from the key ambiguously: quadratic backtracking (~15 s).
  const text = 'services:\n  web:\n    image: nginx\n    ports:\n    ' + '- '.repeat(37_500) + '\n    \n';
  const m = svc.parse({ uri: 'file:///work/compose.yaml', path: '/work/compose.yaml', text });
  for (const position of [{ line: 4, character: 75_004 }, { line: 4, character: 30_000 }, { line: 5, character: 4 }]) {
    const t0 = performance.now();
    svc.doComplete(m, position, EN);
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `completion at ${JSON.stringify(position)} took ${Math.round(ms)} ms`);
  }
  // (Completion only: 37,500 levels of nesting are at the parser's stack limit — a separate, known issue.)
  clean('compose.yaml', text, 'dockercompose', [{ line: 4, character: 75_004 }, { line: 5, character: 4 }], 'completion');
});

test('seed 804532142: dockerfile-ast recursing without end fails no check and no hover', () => {
  // An indented `" $"` before any FROM sends dockerfile-ast's resolveVariable into endless recursion: every
  // structural check (DF100–DF114) threw "Maximum call stack size exceeded" in turn, and so did a hover on it.
  for (const text of [' " $"', ' " $"\nFROM alpine\nRUN echo $x\n', '           percona-xtradb-cluster-common-"${MYSQL_VERSION}" percona-xtradb-cluster-server-"${MYSQL_VERSION}" \\\n']) {
    clean('Dockerfile', text);
  }
});

test('seed 2970187275: YAML completion after a 50,000-space line is linear', () => {
  // The key regexes' lazy key and `\s*:` both took the spaces: quadratic backtracking (2 completions: ~9 s).
  const text = ':\n쾈\udfff' + ' '.repeat(50_000) + '\n';
  const m = svc.parse({ uri: 'file:///work/compose.yml', path: '/work/compose.yml', text, languageId: 'dockercompose' });
  for (const position of [{ line: 1, character: 25_000 }, { line: 1, character: 50_002 }, { line: 2, character: 0 }]) {
    const t0 = performance.now();
    svc.doComplete(m, position, EN);
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `completion at ${JSON.stringify(position)} took ${Math.round(ms)} ms`);
  }
  clean('compose.yml', text, 'dockercompose', [{ line: 2, character: 0 }]);
});

// Found by the fuzzer in the Compose code (server/src/service/compose/syntax.ts, volumeOf): fixed; kept as a
// regression test.
test('seed 3108188480: an empty short-syntax volume (`- ""`, what an editor auto-closing quotes gives) fails no check', () => {
  for (const q of ['""', "''"]) clean('compose.yaml', `services:\n  web:\n    image: nginx\n    volumes:\n      - ${q}\n`);
});

/** The model's findings of one rule. */
function findingsOf(path: string, text: string, rule: string, languageId?: string) {
  const m = svc.parse({ uri: `file:///work/${path}`, path: `/work/${path}`, text, languageId });
  return svc.findings(m, EN).filter((f) => f.ruleId === rule);
}

test('seed 271487951: 100,000 `{` after a quoted value: every call within the limit, no stack overflow reported', () => {
  // 100,000 syntax errors: their stack traces alone took most of the 1.7 s; they are no longer captured.
  const text = '- hosts: db\n  tasks:\n    - name: x\n      mysql_user:\n        priv: "*.*:SELECT"' + '{'.repeat(100_000) + '\n';
  const errors = findingsOf('playbook.yml', text, 'YAML001');
  assert.equal(errors.length, 100, 'YAML001 is capped at 100 per file');
  assert.ok(errors.every((f) => !/call stack/.test(f.args.detail)), errors[0]?.args.detail);
  clean('playbook.yml', text);
});

test('seeds 3666314768 and 1289818246: deep nesting gives the same findings after an edit as a fresh parse', () => {
  // `always{{{…` is a plain scalar; the fuzzer's edit inserted ": " among the braces, which opened 50,000 flow maps.
  // The full parse overflowed the stack there and its errors moved by one character against the incremental
  // parse; now neither composes a text that deep, and both report it where it happens.
  const line = '    restart: always' + '{'.repeat(50_000);
  const compose = ['services:', '  db:', '    image: mariadb:10.6.4-focal', line, '  web:', '    image: nginx:1.27', ''].join('\n');
  assert.deepEqual(findingsOf('compose.yaml', compose, 'GEN001', 'dockercompose'), []);
  const edited = compose.replace(line, line.slice(0, 25_000) + ': ' + line.slice(25_000));
  const [deep] = findingsOf('compose.yaml', edited, 'GEN001', 'dockercompose');
  assert.equal(deep?.variant, 'tooDeep');
  assert.equal(deep.range.start.line, 3);
  for (const text of [compose, edited]) clean('compose.yaml', text, 'dockercompose', [], 'incremental');
  let playbook = '---\n- hosts: lamp_varnish\n  tasks:\n    - name: Copy\n      template:\n';
  for (let i = 0; i < 100; i++) playbook += ' '.repeat(8 + 2 * i) + '- \n';
  playbook += '      x: ' + '['.repeat(10_000) + '\n' + '- "' + '"'.repeat(100_000) + '\n';
  for (let i = 0; i < 20; i++) playbook += `---\n- hosts: h${i}\n  tasks: []\n`;
  assert.equal(findingsOf('playbook.yml', playbook, 'GEN001')[0]?.variant, 'tooDeep');
  clean('playbook.yml', playbook, undefined, [], 'incremental');
});

test('seed 3665876340 (duplicate-lines, elasticsearch-logstash-kibana/compose.yaml): the Outline of a Compose file with a service written twice', () => {
  // The section's range ran from its first child to the last in the index's order, which a duplicate key breaks.
  const text = 'services:\n  elasticsearch:\n  kibana:\n  elasticsearch:\n';
  clean('/work/compose.yaml', text, 'yaml', [], 'definition');
  const m = svc.parse({ uri: 'file:///work/compose.yaml', path: '/work/compose.yaml', text });
  const [services] = svc.documentSymbols(m);
  assert.deepEqual(services.children!.map((c) => c.selectionRange.start.line), [2, 3], 'in text order (the later of two equal keys is the one the index keeps)');
  assert.equal(rangeProblem(services.range, m.index), undefined);
});

test('seed 1149453219 (indent shift on a Service): moving a key under the map just above it is one edit, not two that touch', () => {
  // The key sat right after the map it belongs to: the insertion point was where the removed lines start.
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels:\n    name: web\nspec:\n  type: LoadBalancer\n  ports:\n    - port: 80\n      targetPort: 3000\n  protocol: TCP\nselector:\n';
  clean('service.yaml', text);
  const m = svc.parse({ uri: 'file:///work/service.yaml', path: '/work/service.yaml', text });
  const move = svc.doCodeActions(m, { start: { line: 12, character: 0 }, end: { line: 12, character: 8 } }, EN).find((a) => a.title.startsWith('Move'));
  assert.equal(move?.edit?.changes?.[m.uri]?.length, 1);
});
