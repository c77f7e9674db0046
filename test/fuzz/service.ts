// Fuzzing the pure language service: parse a mutated document, validate it (EN and KO), and ask for hovers,
// completions, definitions and code actions at random positions. Every call is timed and every range checked.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, DocumentSymbol, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { loadServiceData } from '../../server/src/service/data/load';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { ALL_CHECKS } from '../../server/src/service/formats';
import type { Check } from '../../server/src/service/rules/check';
import { LineIndex } from '../../server/src/service/text';
import { nodeWorkspaceFs } from '../../server/src/service/workspace/fs';
import type { ServiceSettings } from '../../server/src/service/types';
import { DATA_DIR, NOTES_DIR, ROOT } from '../helpers';
import { caseSeed, Rng, splitLines } from './mutate';
import { caseText } from './ansible';
import { SEED_ROOTS, type SeedFile } from './corpus';

/** Every call must return within this many milliseconds. */
export const CALL_LIMIT_MS = 1000;

export const EN: ServiceSettings = { locale: 'en', rules: {} };
export const KO: ServiceSettings = { locale: 'ko', rules: {}, notesFolders: [NOTES_DIR] };

export type ViolationKind = 'exception' | 'check-error' | 'range' | 'slow' | 'edit' | 'message';

export interface Violation {
  call: string;
  kind: ViolationKind;
  message: string;
  stack?: string;
  position?: Position;
  range?: Range;
  ms?: number;
}

export interface Slowest {
  call: string;
  ms: number;
  file: string;
  mutation: string;
  seed: number;
}

// ---- the service under test ----

/** Check errors the engine swallowed (it keeps going, rightly) — for the fuzzer they are crashes all the same. */
let checkErrors: { rule: string; error: unknown }[] = [];

/** A language service over the real data and every check, each wrapped to report what it throws. */
export function fuzzService(): LanguageService {
  const checks: Check[] = ALL_CHECKS.map(
    (c) =>
      ({
        ...c,
        run(ctx: unknown) {
          try {
            (c.run as (x: unknown) => void)(ctx);
          } catch (e) {
            checkErrors.push({ rule: c.rule, error: e });
            throw e;
          }
        },
      }) as Check,
  );
  return createLanguageService({
    data: loadServiceData(DATA_DIR),
    checks,
    // Cross-file checks read the seed files' neighbours (confined to the seed roots, as in a workspace).
    fs: nodeWorkspaceFs(SEED_ROOTS.filter((r) => existsSync(r))),
    fileExists: existsSync,
  });
}

// ---- range checks ----

function isPos(p: unknown): p is Position {
  const q = p as Position;
  return !!q && Number.isInteger(q.line) && Number.isInteger(q.character) && q.line >= 0 && q.character >= 0;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function show(r: Range | undefined): string {
  return r ? `${r.start?.line}:${r.start?.character}-${r.end?.line}:${r.end?.character}` : String(r);
}

/** Why a range does not lie inside the document, or undefined when it does. */
export function rangeProblem(r: Range | undefined, index: LineIndex): string | undefined {
  if (!r || !isPos(r.start) || !isPos(r.end)) return `malformed range ${JSON.stringify(r)}`;
  for (const p of [r.start, r.end]) {
    if (p.line >= index.lineCount) return `line ${p.line} past the last line ${index.lineCount - 1} in ${show(r)}`;
    const len = index.lineText(p.line).length;
    if (p.character > len) return `character ${p.character} past the end of line ${p.line} (length ${len}) in ${show(r)}`;
  }
  if (!before(r.start, r.end)) return `start after end in ${show(r)}`;
  return undefined;
}

/** The position the service effectively uses for a request position (clamped into the document). */
function clampPos(index: LineIndex, p: Position): Position {
  return index.positionAt(index.offsetAt(p));
}

function completionProblems(items: CompletionItem[], index: LineIndex, at: Position): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (typeof item.label !== 'string') out.push(`completion item without a string label: ${JSON.stringify(item.label)}`);
    const te = item.textEdit as (TextEdit & { insert?: Range; replace?: Range }) | undefined;
    const ranges = te ? (te.range ? [te.range] : [te.insert!, te.replace!]) : [];
    for (const r of [...ranges, ...(item.additionalTextEdits ?? []).map((e) => e.range)]) {
      const p = rangeProblem(r, index);
      if (p) out.push(`completion ${JSON.stringify(item.label)}: ${p}`);
    }
    // LSP: a completion's text edit is a single-line range that contains the position of the request.
    for (const r of ranges) {
      if (!rangeProblem(r, index) && (r.start.line !== r.end.line || r.start.line !== at.line || r.start.character > at.character || r.end.character < at.character)) {
        out.push(`completion ${JSON.stringify(item.label)}: text edit ${show(r)} is not a one-line range around the request at ${at.line}:${at.character}`);
      }
    }
  }
  return out;
}

/** Edits of one code action on this document: inside it, not overlapping, and they apply. */
function actionEdits(action: CodeAction, uri: string): { edits: TextEdit[]; problems: string[] } {
  const problems: string[] = [];
  const edits: TextEdit[] = [];
  for (const [u, list] of Object.entries(action.edit?.changes ?? {})) {
    if (u !== uri) problems.push(`code action "${action.title}" edits another document ${u}`);
    else edits.push(...list);
  }
  for (const dc of action.edit?.documentChanges ?? []) {
    if ('textDocument' in dc) {
      if (dc.textDocument.uri !== uri) problems.push(`code action "${action.title}" edits another document ${dc.textDocument.uri}`);
      else edits.push(...(dc.edits as TextEdit[]));
    } else problems.push(`code action "${action.title}" has a resource operation ${dc.kind}`);
  }
  return { edits, problems };
}

// ---- one case ----

export interface CaseInput {
  file: SeedFile;
  text: string;
  languageId?: string;
}

export interface ExerciseOptions {
  /** Random positions per case. */
  positions: number;
  /** Random code-action ranges per case (plus every diagnostic's range, up to 8). */
  actionRanges: number;
  /** Quick fixes to apply and re-validate per case. */
  applyFixes: number;
  /** Positions that must be tried (the failing one, when shrinking). */
  extraPositions?: Position[];
  extraRanges?: Range[];
  /** Shrinking: only this family of calls (and what it needs), only at the extra positions/ranges. */
  only?: Family;
}

export type Family = 'parse' | 'findings' | 'hover' | 'completion' | 'definition' | 'codeAction' | 'incremental';

/** The family of a violation's call (what a shrinking predicate needs to re-run). */
export function familyOf(call: string): Family {
  if (call === 'parse') return 'parse';
  if (call === 'hover' || call === 'completion' || call === 'definition') return call;
  if (call === 'codeAction' || call.startsWith('fix')) return 'codeAction';
  if (call === 'incremental parse') return 'incremental';
  return 'findings';
}

/** How often the features answered with something (a fuzzer that only ever gets null proves little). */
export interface Hits {
  diagnostics: number;
  hovers: number;
  completions: number;
  definitions: number;
  actions: number;
  fixesApplied: number;
}

export function noHits(): Hits {
  return { diagnostics: 0, hovers: 0, completions: 0, definitions: 0, actions: 0, fixesApplied: 0 };
}

export interface ExerciseResult {
  violations: Violation[];
  hits: Hits;
  calls: number;
  slowest: { call: string; ms: number };
}

export const DEFAULT_EXERCISE: ExerciseOptions = { positions: 8, actionRanges: 3, applyFixes: 2 };

/** An offset in, at the start of, or at the end of a random word (where hovers, completions and definitions are). */
export function wordOffset(rng: Rng, text: string): number {
  if (!text.length) return 0;
  // Sample near a random offset rather than listing every word of a long text.
  const from = rng.int(text.length);
  const m = /[A-Za-z_$][\w.$/-]*/g;
  m.lastIndex = from;
  const w = m.exec(text) ?? (m.lastIndex = 0, m.exec(text));
  if (!w) return from;
  const r = rng.int(4);
  return r === 0 ? w.index : r === 1 ? w.index + w[0].length : w.index + rng.int(w[0].length + 1);
}

function randomPos(rng: Rng, index: LineIndex, text: string): Position {
  const r = rng.int(10);
  if (r < 2) return index.positionAt(rng.int(text.length + 1)); // anywhere (even between a surrogate pair)
  if (r < 5) return index.positionAt(wordOffset(rng, text)); // on a word
  const line = rng.int(index.lineCount);
  const len = index.lineText(line).length;
  if (r < 8) return { line, character: rng.int(len + 1) };
  if (r === 8) return { line, character: len }; // end of a line: where one types
  return { line, character: len + rng.range(1, 50) }; // past the end of a line
}

/** The positions where editors are known to ask odd questions: the very end, past the last line, past a line's end. */
function edgePositions(index: LineIndex): Position[] {
  const last = index.lineCount - 1;
  const lastLen = index.lineText(last).length;
  return [
    { line: 0, character: 0 },
    { line: last, character: lastLen },
    { line: last, character: lastLen + 1 },
    { line: last + 1, character: 0 },
    { line: last + 5, character: 3 },
    { line: 0, character: 100_000 },
  ];
}

/** Run every feature on one document; collect what went wrong. Deterministic for a given seed. */
export function exercise(svc: LanguageService, input: CaseInput, posSeed: number, opts: ExerciseOptions = DEFAULT_EXERCISE): ExerciseResult {
  const rng = new Rng(posSeed);
  const violations: Violation[] = [];
  const hits = noHits();
  let calls = 0;
  let slowest = { call: '', ms: -1 };
  const { file, text } = input;

  function timed<T>(call: string, fn: () => T, where: { position?: Position; range?: Range } = {}, rerun?: () => unknown): T | undefined {
    calls++;
    let ms: number;
    let value: T;
    const t0 = performance.now();
    try {
      value = fn();
      ms = performance.now() - t0;
    } catch (e) {
      violations.push({ call, kind: 'exception', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined, ...where });
      return undefined;
    }
    if (ms > CALL_LIMIT_MS && ms < 3 * CALL_LIMIT_MS) {
      // Confirm it (the machine may be busy): a hang is a call that is slow twice in a row. (Far over the
      // limit needs no confirmation: a busy machine does not make a 100 ms call take 3 s.)
      const t1 = performance.now();
      try {
        (rerun ?? fn)();
      } catch {
        /* reported above if it throws the first time */
      }
      ms = Math.min(ms, performance.now() - t1);
    }
    if (ms > CALL_LIMIT_MS) violations.push({ call, kind: 'slow', message: `${call} took ${Math.round(ms)} ms (limit ${CALL_LIMIT_MS} ms)`, ms, ...where });
    if (ms > slowest.ms) slowest = { call, ms };
    return value;
  }

  const parseInput = { uri: file.uri, path: file.path, text, languageId: input.languageId, version: 1 };
  const model = timed('parse', () => svc.parse(parseInput));
  if (!model || opts.only === 'parse') return { violations, hits, calls, slowest };
  const only = opts.only;
  // A document that is already too slow to parse is reported; re-parsing it after fixes and edits adds only time.
  const slowParse = violations.some((v) => v.call === 'parse' && v.kind === 'slow');
  const index = model.index;
  const badRange = (call: string, r: Range | undefined, where: { position?: Position; range?: Range } = {}) => {
    const p = rangeProblem(r, index);
    if (p) violations.push({ call, kind: 'range', message: p, ...where });
  };

  // Validation: findings once (cached per model), then rendered in both locales.
  checkErrors = [];
  const collectCheckErrors = (after: string) => {
    for (const ce of checkErrors) {
      const e = ce.error;
      violations.push({ call: `check ${ce.rule}${after}`, kind: 'check-error', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
    }
    checkErrors = [];
  };
  const findings = timed('findings', () => svc.findings(model, EN), {}, () => svc.findings(svc.parse(parseInput), EN)) ?? [];
  collectCheckErrors('');
  // Every finding names a known rule (and variant) and fills every placeholder of its message in both locales.
  for (const f of findings) {
    const rule = svc.rules.get(f.ruleId);
    if (!rule) {
      violations.push({ call: `finding ${f.ruleId}`, kind: 'message', message: `unknown rule ${f.ruleId}`, range: f.range });
      continue;
    }
    if (f.variant && !rule.variants?.[f.variant]) violations.push({ call: `finding ${f.ruleId}`, kind: 'message', message: `unknown variant ${f.variant}`, range: f.range });
    const template = (f.variant && rule.variants?.[f.variant]) || rule.message;
    for (const locale of ['en', 'ko'] as const) {
      for (const m of (template[locale] ?? '').matchAll(/\{([A-Za-z]\w*)\}/g)) {
        if (!(m[1] in (f.args ?? {}))) violations.push({ call: `finding ${f.ruleId}`, kind: 'message', message: `placeholder {${m[1]}} of the ${locale} message${f.variant ? ` (variant ${f.variant})` : ''} has no value`, range: f.range });
      }
    }
  }
  const diagnostics = timed('doValidation', () => svc.doValidation(model, EN)) ?? [];
  timed('doValidation(ko)', () => svc.doValidation(model, KO));
  if (only === 'findings') return { violations, hits, calls, slowest };
  hits.diagnostics += diagnostics.length;
  for (const d of diagnostics) {
    badRange(`diagnostic ${d.code}`, d.range);
    if (typeof d.message !== 'string' || !d.message) violations.push({ call: `diagnostic ${d.code}`, kind: 'range', message: `empty message ${JSON.stringify(d.message)}` });
  }

  // The Outline: every symbol's ranges lie in the document.
  if (!only || only === 'definition') {
    const walkSymbols = (list: DocumentSymbol[], depth: number) => {
      for (const sym of list) {
        badRange(`documentSymbol ${sym.name}`, sym.range);
        badRange(`documentSymbol ${sym.name} (selection)`, sym.selectionRange);
        if (depth < 50) walkSymbols(sym.children ?? [], depth + 1);
      }
    };
    walkSymbols(timed('documentSymbols', () => svc.documentSymbols(model)) ?? [], 0);
    for (const l of timed('documentLinks', () => svc.documentLinks(model)) ?? []) badRange('documentLink', l.range);
  }

  // Features at positions.
  const positions = only ? [...(opts.extraPositions ?? [])] : [...edgePositions(index), ...(opts.extraPositions ?? [])];
  for (let i = 0; i < (only ? 0 : opts.positions); i++) positions.push(randomPos(rng, index, text));
  const want = (f: Family) => !only || only === f;
  for (const pos of positions) {
    const where = { position: pos };
    const settings = rng.chance(0.3) ? KO : EN;
    const markdown = !rng.chance(0.2);
    const hover = want('hover') ? timed('hover', () => svc.doHover(model, pos, settings, { markdown }), where) : undefined;
    if (hover) hits.hovers++;
    if (hover?.range) badRange('hover', hover.range, where);
    if (hover && (typeof (hover.contents as { value?: unknown }).value !== 'string')) violations.push({ call: 'hover', kind: 'range', message: 'hover without a string value', ...where });
    const list = want('completion') ? timed('completion', () => svc.doComplete(model, pos, settings, { markdown }), where) : undefined;
    if (list?.items.length) hits.completions++;
    if (list) for (const p of completionProblems(list.items, index, clampPos(index, pos))) violations.push({ call: 'completion', kind: 'range', message: p, ...where });
    // Navigation: references, and a rename wherever one is offered (its edits must be ranges of the document).
    if (want('definition')) {
      for (const loc of timed('references', () => svc.doReferences(model, pos, true), where) ?? []) if (loc.uri === model.uri) badRange('references', loc.range, where);
      const prep = timed('prepareRename', () => svc.doPrepareRename(model, pos, settings), where);
      if (prep && 'range' in prep) {
        badRange('prepareRename', prep.range, where);
        const edit = timed('rename', () => svc.doRename(model, pos, 'renamed', settings), where);
        if (edit && 'changes' in edit) for (const e of edit.changes?.[model.uri] ?? []) badRange('rename', e.range, where);
      }
    }
    const defs = (want('definition') ? timed('definition', () => svc.doDefinition(model, pos), where) : undefined) ?? [];
    if (defs.length) hits.definitions++;
    for (const loc of defs) {
      if (loc.uri === model.uri) badRange('definition', loc.range, where);
      else {
        const other = otherDocIndex(loc.uri);
        const p = other ? rangeProblem(loc.range, other) : `definition target ${loc.uri} does not exist`;
        if (p) violations.push({ call: 'definition', kind: 'range', message: `in ${loc.uri}: ${p}`, ...where });
      }
    }
  }

  // Code actions: on every diagnostic (what the editor asks), the whole document and random ranges.
  const ranges: Range[] = !want('codeAction')
    ? []
    : only
    ? [...(opts.extraRanges ?? [])]
    : [...diagnostics.slice(0, 8).map((d) => d.range), { start: { line: 0, character: 0 }, end: { line: index.lineCount + 3, character: 0 } }, ...(opts.extraRanges ?? [])];
  for (let i = 0; i < (only ? 0 : opts.actionRanges); i++) {
    const a = randomPos(rng, index, text);
    const b = randomPos(rng, index, text);
    ranges.push(before(a, b) ? { start: a, end: b } : { start: b, end: a });
  }
  let applied = 0;
  for (const range of ranges) {
    const settings = rng.chance(0.5) ? KO : EN;
    const actions = timed('codeAction', () => svc.doCodeActions(model, range, settings), { range }) ?? [];
    hits.actions += actions.length;
    for (const action of actions) {
      const { edits, problems } = actionEdits(action, model.uri);
      for (const p of problems) violations.push({ call: 'codeAction', kind: 'edit', message: p, range });
      let ok = true;
      for (const e of edits) {
        const p = rangeProblem(e.range, index);
        if (p) {
          ok = false;
          violations.push({ call: 'codeAction', kind: 'range', message: `"${action.title}": ${p}`, range });
        }
        if (typeof e.newText !== 'string') {
          ok = false;
          violations.push({ call: 'codeAction', kind: 'edit', message: `"${action.title}": newText is not a string`, range });
        }
      }
      const sorted = [...edits].sort((x, y) => (before(x.range.start, y.range.start) ? (before(y.range.start, x.range.start) ? 0 : -1) : 1));
      for (let k = 1; ok && k < sorted.length; k++) {
        if (!before(sorted[k - 1].range.end, sorted[k].range.start)) {
          ok = false;
          violations.push({ call: 'codeAction', kind: 'edit', message: `"${action.title}": overlapping edits ${show(sorted[k - 1].range)} and ${show(sorted[k].range)}`, range });
        }
      }
      if (!ok || !edits.length || applied >= opts.applyFixes || slowParse || (!only && !rng.chance(0.5))) continue;
      applied++;
      hits.fixesApplied++;
      // Apply the fix as the editor would, then the document must still parse and validate.
      let fixed: string;
      try {
        fixed = TextDocument.applyEdits(TextDocument.create(model.uri, input.languageId ?? file.languageId, 1, text), edits);
      } catch (e) {
        violations.push({ call: 'codeAction', kind: 'edit', message: `"${action.title}" does not apply: ${e instanceof Error ? e.message : String(e)}`, range });
        continue;
      }
      const fixedInput = { ...parseInput, text: fixed, version: 2 };
      timed('fix→parse+findings', () => svc.findings(svc.parse(fixedInput), EN), { range });
      collectCheckErrors(` (after the fix "${action.title}")`);
    }
  }

  // Edits of a large YAML file re-parse only the document they touch (reusing the previous model, which is not used
  // again after this): after each of a few small edits, the findings must be those of a full parse.
  if (model.kind === 'yaml' && !model.skipped && text.length >= 16 * 1024 && !slowParse && (!only || only === 'incremental')) {
    let prev = model;
    let cur = text;
    for (let step = 0; step < 3; step++) {
      const at = rng.chance(0.5) ? wordOffset(rng, cur) : rng.int(cur.length + 1);
      const del = rng.chance(0.4) ? rng.range(1, 6) : 0;
      const ins = del && rng.chance(0.5) ? '' : rng.pick(['a', ' ', '\n', ': ', '- ', 'x: 1\n', '#', '"', '---\n', '\t', '한']);
      cur = cur.slice(0, at) + ins + cur.slice(at + del);
      const edited = { ...parseInput, text: cur, version: 3 + step };
      const before = prev;
      // (Confirming a slow one re-parses in full: the previous model may not be used twice.)
      const inc = timed('incremental parse', () => svc.parse({ ...edited, previous: before }), {}, () => svc.parse(edited));
      const full = svc.parse(edited);
      if (!inc) break;
      const show = (m: typeof model) => svc.findings(m, EN).map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${JSON.stringify(f.args)}`).sort();
      const a = show(inc);
      const b = show(full);
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        const onlyInc = a.filter((x) => !b.includes(x)).slice(0, 3);
        const onlyFull = b.filter((x) => !a.includes(x)).slice(0, 3);
        violations.push({ call: 'incremental parse', kind: 'edit', message: `after ${del ? `deleting ${del}` : 'inserting'}${ins ? ` ${JSON.stringify(ins)}` : ''} at offset ${at}, findings differ from a full parse: only incremental ${JSON.stringify(onlyInc)}, only full ${JSON.stringify(onlyFull)}` });
        break;
      }
      prev = inc;
    }
  }
  return { violations, hits, calls, slowest };
}

const otherDocs = new Map<string, LineIndex | undefined>();
function otherDocIndex(uri: string): LineIndex | undefined {
  if (!otherDocs.has(uri)) {
    let idx: LineIndex | undefined;
    try {
      idx = new LineIndex(readFileSync(fileURLToPath(uri), 'utf8'));
    } catch {
      idx = undefined;
    }
    otherDocs.set(uri, idx);
  }
  return otherDocs.get(uri);
}

// ---- cases: a seed determines the mutation, the language id and the positions ----

export interface ServiceCase {
  seed: number;
  file: SeedFile;
  mutation: string;
  text: string;
  languageId?: string;
  posSeed: number;
  /** The arguments of `npm run fuzz --` that replay this case. */
  replay: string;
}

/** The document of case `seed` on `file` (pure: the main thread can recompute it to report a worker's hang). */
export function makeCase(file: SeedFile, seed: number): ServiceCase {
  const rng = new Rng(seed);
  const { text, mutation } = caseText(file, rng);
  const r = rng.int(10);
  const languageId = r < 4 ? file.languageId : r < 8 || file.kind !== 'yaml' ? undefined : rng.pick(['dockercompose', 'ansible']);
  return { seed, file, mutation, text, languageId, posSeed: rng.seed(), replay: `--file ${file.rel} --replay ${seed}` };
}

/** The sweep: the file cut before line `k` (the cursor at the end: where a user is typing). */
export function truncationCase(file: SeedFile, k: number, runSeed: number): ServiceCase {
  const lines = splitLines(file.text);
  const text = lines.slice(0, k).join('');
  return { seed: caseSeed(runSeed, 0x5eed0000 + k), file, mutation: `truncate-every-line: before line ${k}`, text, languageId: file.languageId, posSeed: caseSeed(runSeed, k), replay: `--file ${file.rel} --truncate ${k} --seed ${runSeed}` };
}

export interface CaseOutcome {
  c: ServiceCase;
  result: ExerciseResult;
  /** Present when the case failed: a shrunk text that still fails the same way. */
  failure?: FailureReport;
}

/** Run one case; a failure is shrunk unless a failure with the same signature was shrunk before (`seen`). */
export function runCase(svc: LanguageService, c: ServiceCase, opts: ExerciseOptions = DEFAULT_EXERCISE, shrinkBudgetMs = 20_000, seen?: Set<string>): CaseOutcome {
  const result = exercise(svc, c, c.posSeed, opts);
  if (!result.violations.length) return { c, result };
  const sig = signature(result.violations[0]);
  const repeat = !!seen?.has(sig);
  seen?.add(sig);
  return { c, result, failure: shrinkFailure(svc, c, result.violations[0], opts, repeat ? 0 : shrinkBudgetMs) };
}

// ---- shrinking and failure reports ----

/** What makes two failures "the same bug": the call, the kind and the message without numbers and quoted names. */
export function signature(v: Violation): string {
  const msg = v.message.split('\n')[0].replace(/"[^"]*"|`[^`]*`/g, '"…"').replace(/\d+/g, 'N').slice(0, 100);
  return `${v.call.replace(/\d+/g, 'N')}/${v.kind}/${msg}`;
}

/** Line-based delta debugging (ddmin on lines), then long lines halved, while `fails` still holds. */
export function shrinkText(text: string, fails: (t: string) => boolean, budgetMs: number): string {
  const deadline = performance.now() + budgetMs;
  let lines = splitLines(text);
  let n = 2;
  while (lines.length >= 2 && performance.now() < deadline) {
    const size = Math.ceil(lines.length / n);
    let reduced = false;
    for (let i = 0; i < lines.length && performance.now() < deadline; i += size) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + size)];
      if (fails(candidate.join(''))) {
        lines = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= lines.length) break;
      n = Math.min(n * 2, lines.length);
    }
  }
  // Long lines: keep halving them while the failure holds.
  for (let i = 0; i < lines.length && performance.now() < deadline; i++) {
    while (lines[i].length > 80 && performance.now() < deadline) {
      const half = lines[i].slice(0, Math.floor(lines[i].length / 4)) + lines[i].slice(Math.floor((lines[i].length * 3) / 4));
      const candidate = [...lines.slice(0, i), half, ...lines.slice(i + 1)];
      if (!fails(candidate.join(''))) break;
      lines = candidate;
    }
  }
  return lines.join('');
}

export interface FailureReport {
  seed: number;
  file: string;
  mutation: string;
  languageId?: string;
  violation: Violation;
  reproducer: string;
  replay: string;
}

function shrinkFailure(svc: LanguageService, c: ServiceCase, v: Violation, opts: ExerciseOptions, budgetMs: number): FailureReport {
  const sig = signature(v);
  const extra: ExerciseOptions = { ...opts, applyFixes: 100, extraPositions: v.position ? [v.position] : [], extraRanges: v.range ? [v.range] : [], only: familyOf(v.call) };
  let fails = (t: string) => exercise(svc, { ...c, text: t }, c.posSeed, extra).violations.some((x) => signature(x) === sig);
  if (budgetMs > 0 && !fails(c.text)) {
    // Not reproduced by the narrowed re-run (it depended on another call's settings): re-run everything.
    const full = { ...opts, extraPositions: extra.extraPositions, extraRanges: extra.extraRanges };
    fails = (t: string) => exercise(svc, { ...c, text: t }, c.posSeed, full).violations.some((x) => signature(x) === sig);
  }
  // A slow call is slow to re-check: shrink it on a tighter budget.
  const reproducer = v.kind === 'slow' ? shrinkText(c.text, fails, Math.min(budgetMs, 15_000)) : shrinkText(c.text, fails, budgetMs);
  return {
    seed: c.seed,
    file: c.file.rel,
    mutation: c.mutation,
    languageId: c.languageId,
    violation: v,
    reproducer,
    replay: `npm run fuzz -- ${c.replay}`,
  };
}

export function describe(v: Violation): string {
  const where = v.position ? ` at ${v.position.line}:${v.position.character}` : v.range ? ` on ${show(v.range)}` : '';
  return `${v.call}${where}: ${v.kind}: ${v.message}`;
}

/** Print a failure and write it to test-results/fuzz/failure-<seed>.txt; returns the file written. */
export function writeFailure(f: FailureReport, violations: Violation[], dir = join(ROOT, 'test-results', 'fuzz')): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `failure-${f.seed}.txt`);
  const body = [
    'DevOps Hints fuzz failure',
    `seed:      ${f.seed}`,
    `file:      ${f.file}${f.languageId ? ` (languageId ${f.languageId})` : ''}`,
    `mutation:  ${f.mutation}`,
    `failure:   ${describe(f.violation)}`,
    ...(f.violation.stack ? ['stack:', ...f.violation.stack.split('\n').slice(0, 12).map((l) => '  ' + l)] : []),
    `all violations of the case (${violations.length}):`,
    ...violations.slice(0, 30).map((x) => '  ' + describe(x)),
    `replay:    ${f.replay}`,
    `minimal reproducer (${splitLines(f.reproducer).length} lines, ${f.reproducer.length} chars), as a JSON string:`,
    JSON.stringify(f.reproducer),
    ...(f.reproducer.length <= 20_000 ? ['--- raw ---', f.reproducer, '--- end ---'] : ['(raw text left out: too long; the JSON string above is exact)']),
    '',
  ].join('\n');
  writeFileSync(path, body);
  return path;
}
