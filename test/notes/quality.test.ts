// Precision and recall of the passages hovers quote from the learner's notes, judged against test/notes/pairs.yaml
// (hover places in fixtures of all five formats → the note lines a careful reader would quote; README.md there).
//
//   node --test out/test/notes/quality.test.js            # the figures, and a floor that must hold
//   NOTES_EVAL=verbose node --test out/test/notes/quality.test.js   # every pair: what was shown, right or wrong
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { KO, NOTES_DIR, ROOT, service } from '../helpers';
import type { NoteMatch } from '../../server/src/service/notes/index';

interface Pair {
  id: string;
  file: string;
  line: number;
  token: string;
  expect: { note: string; lines: [number, number] }[];
  why?: string;
}

const DIR = join(ROOT, 'test', 'notes');
const FIXTURES = join(DIR, 'fixtures');

export interface Evaluation {
  pairs: number;
  positives: number;
  negatives: number;
  shown: number;
  correct: number;
  found: number;
  quiet: number;
  precision: number;
  recall: number;
  rows: { pair: Pair; shown: NoteMatch[]; right: boolean[] }[];
}

export function evaluate(): Evaluation {
  const pairs = (YAML.parse(readFileSync(join(DIR, 'pairs.yaml'), 'utf8')) as { pairs: Pair[] }).pairs;
  const svc = service();
  for (const f of readdirSync(NOTES_DIR)) if (/\.(txt|md)$/.test(f) && f !== 'README.md') svc.notes.set(join(NOTES_DIR, f), readFileSync(join(NOTES_DIR, f), 'utf8'));
  const settings = { ...KO, notesFolders: [NOTES_DIR] };
  const rows: Evaluation['rows'] = [];
  for (const pair of pairs) {
    const path = join(FIXTURES, pair.file);
    const text = readFileSync(path, 'utf8');
    const lineText = text.split(/\r?\n/)[pair.line - 1] ?? '';
    const character = lineText.indexOf(pair.token);
    assert.ok(character >= 0, `${pair.id}: "${pair.token}" is not on line ${pair.line} of ${pair.file}`);
    const model = svc.parse({ uri: `file://${path}`, path, version: 1, text });
    const shown = svc.findNoteMatches(model, { line: pair.line - 1, character: character + Math.min(1, pair.token.length - 1) }, settings);
    const right = shown.map((m) => {
      const name = m.path.replace(/^.*[\\/]/, '');
      return m.lines.some((l) => pair.expect.some((e) => e.note === name && l.line + 1 >= e.lines[0] && l.line + 1 <= e.lines[1]));
    });
    rows.push({ pair, shown, right });
  }
  const positives = rows.filter((r) => r.pair.expect.length);
  const shown = rows.reduce((n, r) => n + r.shown.length, 0);
  const correct = rows.reduce((n, r) => n + r.right.filter(Boolean).length, 0);
  const found = positives.filter((r) => r.right.some(Boolean)).length;
  const quiet = rows.filter((r) => !r.pair.expect.length && !r.shown.length).length;
  return {
    pairs: rows.length,
    positives: positives.length,
    negatives: rows.length - positives.length,
    shown,
    correct,
    found,
    quiet,
    precision: shown ? correct / shown : 1,
    recall: positives.length ? found / positives.length : 0,
    rows,
  };
}

test('notes in hovers: precision and recall on the judged pairs', { skip: !existsSync(NOTES_DIR) && 'the course notes are not here' }, () => {
  const e = evaluate();
  if (process.env.NOTES_EVAL === 'verbose') {
    for (const r of e.rows.filter((_, i) => process.env.NOTES_HALF === undefined || i % 2 === Number(process.env.NOTES_HALF))) {
      const mark = r.pair.expect.length ? (r.right.some(Boolean) ? 'found ' : 'MISSED') : r.shown.length ? 'NOISE ' : 'quiet ';
      console.log(`${mark} ${r.pair.id}  expect ${r.pair.expect.map((x) => `${x.note.slice(0, 3)}:${x.lines.join('-')}`).join(', ') || '—'}`);
      r.shown.forEach((m, i) => console.log(`   ${r.right[i] ? '✓' : '✗'} ${m.path.replace(/^.*[\\/]/, '').slice(0, 3)}:${m.lines.map((l) => l.line + 1).join(',')} (${m.score.toFixed(2)}) ${m.lines[0]?.text.trim().slice(0, 70)}`));
    }
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  // The engine was tuned looking only at the even-numbered pairs; the odd-numbered ones are the held-out half.
  for (const [name, half] of [['tuned half', 0], ['held-out half', 1]] as const) {
    const rows = e.rows.filter((_, i) => i % 2 === half);
    const shown = rows.reduce((n, r) => n + r.shown.length, 0);
    const correct = rows.reduce((n, r) => n + r.right.filter(Boolean).length, 0);
    const pos = rows.filter((r) => r.pair.expect.length);
    const found = pos.filter((r) => r.right.some(Boolean)).length;
    console.log(`  ${name}: ${rows.length} pairs; precision ${pct(shown ? correct / shown : 1)} (${correct}/${shown}), recall ${pct(found / Math.max(1, pos.length))} (${found}/${pos.length})`);
  }
  console.log(
    `notes in hovers: ${e.pairs} pairs (${e.positives} with a passage to quote, ${e.negatives} with none); ` +
      `passages shown ${e.shown}, correct ${e.correct} → precision ${pct(e.precision)}; ` +
      `pairs found ${e.found}/${e.positives} → recall ${pct(e.recall)}; quiet where nothing fits ${e.quiet}/${e.negatives}`,
  );
  assert.ok(e.positives >= 40, 'at least 40 judged pairs with a passage');
  // The floor under the measured figures (closing note of issue 15): a change that makes quoting worse fails here.
  assert.ok(e.precision >= PRECISION_FLOOR, `precision ${pct(e.precision)} < ${pct(PRECISION_FLOOR)}`);
  assert.ok(e.recall >= RECALL_FLOOR, `recall ${pct(e.recall)} < ${pct(RECALL_FLOOR)}`);
});

const PRECISION_FLOOR = 0.65;
const RECALL_FLOOR = 0.63;
