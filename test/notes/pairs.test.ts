// The notes-matching test set (issue 15) is sound: every hover place is real (the token is on that line of the
// fixture and our hover explains it) and every expected passage is a real, tight range of a note on disk. The set
// itself is ground truth written by hand (pairs.yaml); measuring a matcher against it is not this file's job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { KO, NOTES_DIR, ROOT, workspaceService } from '../helpers';

const SET_DIR = join(ROOT, 'test', 'notes');
const FIXTURES = join(SET_DIR, 'fixtures');
const FORMATS = ['docker', 'compose', 'kubernetes', 'kustomize', 'ansible'] as const;
/** The longest passage a pair may expect: ranges are meant to be tight (a handful of lines). */
const MAX_RANGE = 25;

interface Expect {
  note: string;
  lines: [number, number];
}
interface Pair {
  id: string;
  file: string;
  line: number;
  token: string;
  expect: Expect[];
  why: string;
}

const pairs = (parse(readFileSync(join(SET_DIR, 'pairs.yaml'), 'utf8')) as { pairs: Pair[] }).pairs;
const formatOf = (p: Pair) => p.file.split('/')[0];

/** Column of the first whole-word occurrence of `token` (neighbours are not word characters), or -1. */
function wordColumn(line: string, token: string): number {
  const word = /[\w]/;
  for (let at = line.indexOf(token); at >= 0; at = line.indexOf(token, at + 1)) {
    const before = at > 0 ? line[at - 1] : '';
    const after = line[at + token.length] ?? '';
    if (!word.test(before) && !word.test(after)) return at;
  }
  return -1;
}

test('pairs.yaml: well-formed, unique ids, enough pairs in every format', () => {
  assert.ok(Array.isArray(pairs) && pairs.length > 0);
  const ids = new Set<string>();
  for (const p of pairs) {
    assert.ok(!ids.has(p.id), `duplicate id ${p.id}`);
    ids.add(p.id);
    assert.equal(typeof p.file, 'string', p.id);
    assert.ok(Number.isInteger(p.line) && p.line >= 1, `${p.id}: line`);
    assert.ok(typeof p.token === 'string' && p.token.length > 0, `${p.id}: token`);
    assert.ok(Array.isArray(p.expect), `${p.id}: expect is a list`);
    assert.ok(typeof p.why === 'string' && p.why.trim().length > 10, `${p.id}: say why`);
    assert.ok((FORMATS as readonly string[]).includes(formatOf(p)), `${p.id}: fixture folder ${formatOf(p)}`);
  }
  const positives = pairs.filter((p) => p.expect.length > 0);
  assert.ok(positives.length >= 50, `${positives.length} pairs expect a passage`);
  assert.ok(pairs.length - positives.length >= 10, `${pairs.length - positives.length} pairs expect nothing`);
  for (const f of FORMATS) {
    const n = positives.filter((p) => formatOf(p) === f).length;
    assert.ok(n >= 6, `${f}: ${n} pairs expect a passage`);
  }
});

test('every hover place is real: the token is on that line and our hover explains it', () => {
  const svc = workspaceService(FIXTURES);
  const models = new Map<string, ReturnType<typeof svc.parse>>();
  for (const p of pairs) {
    const path = join(FIXTURES, p.file);
    assert.ok(existsSync(path), `${p.id}: ${p.file} exists`);
    let model = models.get(path);
    if (!model) {
      model = svc.parse({ uri: pathToFileURL(path).href, path, text: readFileSync(path, 'utf8') });
      models.set(path, model);
    }
    const lines = model.text.split('\n');
    assert.ok(p.line <= lines.length, `${p.id}: line ${p.line} is in ${p.file}`);
    const col = wordColumn(lines[p.line - 1], p.token);
    assert.ok(col >= 0, `${p.id}: “${p.token}” is a word on ${p.file}:${p.line}`);
    // The middle of the token: hovering its first or last character must not be needed to get an answer.
    const pos = { line: p.line - 1, character: col + Math.floor(p.token.length / 2) };
    const hit = svc.findHover(model, pos);
    assert.ok(hit?.entryId, `${p.id}: a knowledge-base entry at ${p.file}:${p.line} “${p.token}”`);
    const hover = svc.doHover(model, pos, KO);
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.ok(value.trim().length > 0, `${p.id}: the hover (${hit.entryId}) renders text`);
  }
});

test('every fixture is a file of its format without errors (the workspace indexed, as the CLI does)', () => {
  const svc = workspaceService(FIXTURES);
  svc.indexWorkspace([FIXTURES]);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  const analysed: string[] = [];
  for (const path of walk(FIXTURES)) {
    if (svc.kindOf(path) === 'other') continue;
    const model = svc.parse({ uri: pathToFileURL(path).href, path, text: readFileSync(path, 'utf8') });
    const rel = relative(FIXTURES, path);
    assert.ok(!model.skipped && model.units.length > 0, `${rel} is analysed`);
    const errors = svc.doValidation(model, KO).filter((d) => d.severity === 1);
    assert.deepEqual(errors.map((d) => `${d.code}@${d.range.start.line + 1}: ${d.message}`), [], `${rel} has no errors`);
    analysed.push(rel);
  }
  for (const file of new Set(pairs.map((p) => p.file))) assert.ok(analysed.includes(file), `${file} is one of the analysed fixtures`);
});

test('every expected passage is a tight range of a note on disk', (t) => {
  if (!existsSync(NOTES_DIR)) {
    t.skip('../shared/notes not present');
    return;
  }
  const notes = new Map<string, string[]>();
  for (const p of pairs) {
    for (const e of p.expect) {
      const path = join(NOTES_DIR, e.note);
      assert.ok(/^\d{3}_[0-9a-f]{16}\.txt$/.test(e.note) && existsSync(path), `${p.id}: note ${e.note}`);
      let lines = notes.get(e.note);
      if (!lines) notes.set(e.note, (lines = readFileSync(path, 'utf8').split('\n')));
      const [a, b] = e.lines;
      assert.ok(Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a <= b && b <= lines.length, `${p.id}: ${e.note} [${a}, ${b}] is inside the note`);
      assert.ok(b - a + 1 <= MAX_RANGE, `${p.id}: ${e.note} [${a}, ${b}] is tight`);
      assert.ok(lines[a - 1].trim() && lines[b - 1].trim(), `${p.id}: ${e.note} [${a}, ${b}] starts and ends on text`);
    }
    const keys = p.expect.map((e) => `${e.note}:${e.lines.join('-')}`);
    assert.equal(new Set(keys).size, keys.length, `${p.id}: no range listed twice`);
  }
});
