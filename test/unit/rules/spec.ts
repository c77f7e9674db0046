// A hadolint-style spec for one rule: documents where it must fire (with the expected findings), documents where it
// must not, the text a quick fix produces, and optionally the findings' args and variants. Rule tests assert ids,
// ranges, args and variants only: the wording of messages and quick-fix titles is the renderer's (test/unit/render.test.ts).
//
//   ruleSpec('DC001', {
//     path: 'compose.yaml',
//     fires: [['services:\n  web:\n    port: 80\n', ['DC001@3:5-3:9']]],    // or just 'DC001@3'
//     quiet: ['services:\n  web:\n    ports: ["80"]\n'],
//     fixes: [['services:\n  web:\n    port: 80\n', 3, 'services:\n  web:\n    ports: 80\n']],
//     details: [['services:\n  web:\n    port: 80\n', 3, { args: { suggestion: 'ports' } }]],
//   });
//
// Cross-file rules check a document as a file inside a workspace:
//   files: { 'Dockerfile': 'FROM a AS prod\n' }, path: 'compose.yaml'   // a temporary workspace for the whole spec
//   dir: FIXTURES, path: 'proj/compose.yaml'                              // a real directory as the workspace
//   { files: {...}, path: 'app/Dockerfile' }                              // one case with its own workspace
//   loose('…') / { text, workspace: false }                               // one case without a workspace
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EN, model, service, tempWorkspace, workspaceService } from '../../helpers';
import type { LanguageService } from '../../../server/src/service/languageService';
import type { DocumentModel } from '../../../server/src/service/model';
import type { Finding, ServiceSettings } from '../../../server/src/service/types';
import { findingMessage } from '../../../server/src/service/rules/render';
import { textProblems } from '../../textCheck';

/** A document to check. A plain string is `{ text }`: the spec's path, in the spec's workspace (if any). */
export interface Doc {
  /** The document's text (the editor's buffer). Default: the workspace file at `path` (`files[path]`, or read from `dir`). */
  text?: string;
  /** The file the document is, relative to the workspace (classification depends on its name). Default: the spec's. */
  path?: string;
  /** This case's own workspace, written to a temporary directory (instead of the spec's `files`/`dir`). */
  files?: Record<string, string>;
  /** false: a loose file, outside any workspace (cross-file rules must stay quiet then). */
  workspace?: false;
}
export type Case = string | Doc;

/** A case checked without a workspace. */
export const loose = (text: string, path?: string): Doc => ({ text, path, workspace: false });

/**
 * What a finding carries besides its range.
 * - `args`: a subset — only the keys listed are compared; a key given as `undefined` must be absent. Values are
 *   compared without the quote characters around names (`` ` `` “ ” ‘ ’), which belong to the rendering.
 * - `variant`: compared exactly when the key is present (`variant: undefined` = the default message).
 */
export interface Detail {
  args?: Record<string, string | undefined>;
  variant?: string;
}

export interface RuleSpec {
  /** File name the documents are parsed as (relative to the workspace, if there is one). Default: Dockerfile. */
  path?: string;
  /**
   * [document, expected findings of the rule, in order]. Each entry is `RULE@line`, or `RULE@line:col-endLine:endCol`
   * where the range matters (1-based lines and columns, as an editor shows them; the end is the column after the
   * last character). Each entry is compared in the form it is written.
   */
  fires: [Case, string[]][];
  quiet: Case[];
  /** [document, line (1-based) of the finding, expected document after applying its quick fix (the preferred one, if any)]. */
  fixes?: [Case, number, string][];
  /**
   * Rules whose errors a fix in `fixes` may bring to light (a renamed key that now misses a required field): every
   * other error on the fixed document must have been there before.
   */
  fixRevealsErrorsOf?: string[];
  /** The quick fixes checked in `fixes` must be marked preferred (the editor's auto-fix applies them). */
  preferredFix?: boolean;
  /** [document, line (1-based) of the finding (the first one of the rule on that line), what it must carry]. */
  details?: [Case, number, Detail][];
  settings?: ServiceSettings;
  /** A workspace of files (path → text) written to a temporary directory; documents are checked as `path` inside it. */
  files?: Record<string, string>;
  /** A real directory as the workspace (e.g. test/fixtures/compose); documents are checked as `path` inside it. */
  dir?: string;
}

/** Apply LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[], uri: string): string {
  const m = model('x', text);
  void uri;
  const sorted = [...edits].sort((a, b) => m.index.offsetAt(b.range.start) - m.index.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, m.index.offsetAt(e.range.start)) + e.newText + out.slice(m.index.offsetAt(e.range.end));
  return out;
}

/** The text after applying a finding's first quick fix. */
export function applyFirstFix(text: string, f: { fixes?: { edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[] }[] }): string {
  return applyEdits(text, f.fixes?.[0]?.edits ?? [], '');
}

const EXPECTED = /^([A-Z][A-Z0-9]*)@(\d+)(?::(\d+)-(\d+):(\d+))?$/;

/** A finding as `RULE@line`, or with its range as `RULE@line:col-endLine:endCol` (1-based). */
export function shown(f: Finding, withRange: boolean): string {
  const { start, end } = f.range;
  return `${f.ruleId}@${start.line + 1}` + (withRange ? `:${start.character + 1}-${end.line + 1}:${end.character + 1}` : '');
}

/** The actual findings, each in the form of the expected entry at its place (extra findings: `RULE@line`). */
export function compareForm(actual: Finding[], expected: string[]): string[] {
  for (const e of expected) assert.match(e, EXPECTED, `expected findings are RULE@line or RULE@line:col-endLine:endCol, not ${e}`);
  return actual.map((f, i) => shown(f, EXPECTED.exec(expected[i] ?? '')?.[3] !== undefined));
}

const unquote = (s: string) => s.replace(/[`“”‘’]/g, '');

/**
 * What a finding would show wrong, in either language: a placeholder of its message filled with no value (empty, a
 * dash, `undefined`), one it lacks, or a rendered text that textProblems rejects.
 */
function readingProblems(svc: LanguageService, f: Finding): string[] {
  const out: string[] = [];
  const rule = svc.rules.get(f.ruleId);
  const template = rule ? ((f.variant && rule.variants?.[f.variant]) || rule.message) : undefined;
  const used = new Set([...(template?.en ?? '').matchAll(/(?<![$\w{])\{([A-Za-z]\w*)\}/g)].map((m) => m[1]));
  for (const k of used) {
    const v = f.args[k];
    if (typeof v !== 'string' || !v.trim() || /^(?:—|-|\?|undefined|null|NaN)$/.test(v)) out.push(`args.${k} is ${JSON.stringify(v)}`);
  }
  for (const locale of ['ko', 'en'] as const) {
    const text = findingMessage(f, svc.rules, locale);
    for (const p of textProblems(text, locale)) out.push(`${locale}: ${p}: ${text}`);
  }
  return out;
}

/** One checked document: the service it was checked with, its model, and how to check another text as the same file. */
interface Checked {
  svc: LanguageService;
  m: DocumentModel;
  findings: Finding[];
  again(text: string): Finding[];
  /** Every rule's errors on another text checked as the same file. */
  errors(text: string): string[];
}

/** The workspaces of one spec: created on first use, removed when the spec's tests are done. */
class Workspaces {
  private readonly temp = new Map<Record<string, string>, { dir: string; svc: LanguageService }>();
  private readonly real = new Map<string, LanguageService>();
  constructor(private readonly spec: RuleSpec) {}

  /** Each document is parsed once per spec (fires, details and fixes share the model: a huge input costs one parse). */
  private readonly checked = new Map<Record<string, string> | undefined, Map<string, Checked>>();

  check(c: Case, rule: string): Checked {
    const doc: Doc = typeof c === 'string' ? { text: c } : c;
    const byFiles = this.checked.get(doc.files) ?? new Map<string, Checked>();
    this.checked.set(doc.files, byFiles);
    const key = `${doc.workspace === false ? 'loose' : 'ws'}\0${doc.path ?? ''}\0${doc.text ?? '\0'}`;
    let hit = byFiles.get(key);
    if (!hit) byFiles.set(key, (hit = this.parse(doc, rule)));
    return hit;
  }

  private parse(doc: Doc, rule: string): Checked {
    const path = doc.path ?? this.spec.path ?? 'Dockerfile';
    const settings = this.spec.settings ?? EN;
    let svc: LanguageService;
    let abs: string | undefined;
    let text = doc.text;
    const files = doc.files ?? this.spec.files;
    if (doc.workspace === false) {
      svc = service();
    } else if (files) {
      let ws = this.temp.get(files);
      if (!ws) {
        const dir = tempWorkspace(files);
        ws = { dir, svc: workspaceService(dir) };
        // The workspace index, as the server builds it after start-up (checks over the whole workspace read it).
        ws.svc.indexWorkspace([dir]);
        this.temp.set(files, ws);
      }
      svc = ws.svc;
      abs = join(ws.dir, path);
      text ??= files[path];
    } else if (this.spec.dir) {
      const dir = this.spec.dir;
      if (!this.real.has(dir)) {
        const svc = workspaceService(dir);
        svc.indexWorkspace([dir]);
        this.real.set(dir, svc);
      }
      svc = this.real.get(dir)!;
      abs = join(dir, path);
      text ??= readFileSync(abs, 'utf8');
    } else {
      svc = service();
    }
    if (text === undefined) throw new Error(`no text for ${path}: give one, or put the file in the workspace`);
    const parse = (t: string) => (abs ? svc.parse({ uri: pathToFileURL(abs).href, path: abs, text: t }) : model(path, t));
    const ofRule = (m: DocumentModel) => svc.findings(m, settings).filter((f) => f.ruleId === rule);
    const errors = (t: string) => svc.doValidation(parse(t), settings).filter((d) => d.severity === 1).map((d) => `${String(d.code)}@${d.range.start.line + 1}`);
    const m = parse(text);
    return { svc, m, findings: ofRule(m), again: (t) => ofRule(parse(t)), errors };
  }

  dispose(): void {
    for (const { dir } of this.temp.values()) rmSync(dir, { recursive: true, force: true });
  }
}

/** What a case is called in a failure message. */
const label = (c: Case) => (typeof c === 'string' ? c : `${c.path ?? ''}${c.workspace === false ? ' (no workspace)' : c.files ? ` in {${Object.keys(c.files).slice(0, 5).join(', ')}}` : ''}\n${c.text ?? ''}`);

export function ruleSpec(rule: string, spec: RuleSpec): void {
  const settings = spec.settings ?? EN;
  const ws = new Workspaces(spec);
  after(() => ws.dispose());
  const run = (fn: (ws: Workspaces) => void) => () => fn(ws);
  test(`${rule} fires`, run((ws) => {
    assert.ok(spec.fires.length >= 3, 'at least three cases that fire');
    for (const [c, expected] of spec.fires) {
      assert.ok(expected.length, `a case that fires expects findings: ${label(c)}`);
      const { svc, findings } = ws.check(c, rule);
      assert.deepEqual(compareForm(findings, expected), expected, label(c));
      for (const f of findings) assert.deepEqual(readingProblems(svc, f), [], label(c));
    }
  }));
  test(`${rule} stays quiet`, run((ws) => {
    assert.ok(spec.quiet.length >= 3, 'at least three cases that stay quiet');
    for (const c of spec.quiet) assert.deepEqual(ws.check(c, rule).findings.map((f) => shown(f, false)), [], label(c));
  }));
  if (spec.fixes?.length) {
    test(`${rule} quick fix`, run((ws) => {
      for (const [c, line, expected] of spec.fixes!) {
        const { svc, m, findings, again, errors } = ws.check(c, rule);
        const finding = findings.find((f) => f.range.start.line === line - 1);
        assert.ok(finding, `no ${rule} on line ${line}: ${label(c)}`);
        // The rule's own fixes: every action but the "ignore on this line" comment every finding gets.
        const actions = svc.doCodeActions(m, finding.range, settings).filter((a) => (a.diagnostics ?? []).some((d) => d.code === rule) && !(a.edit?.changes?.[m.uri] ?? []).some((e) => e.newText.includes('devops-hints-ignore')));
        assert.ok(actions.length, `a quick fix: ${label(c)}`);
        for (const locale of ['ko', 'en'] as const) {
          for (const a of svc.doCodeActions(m, finding.range, { ...settings, locale })) assert.deepEqual(textProblems(a.title, locale), [], `${a.title}: ${label(c)}`);
        }
        const fix = actions.find((a) => a.isPreferred) ?? actions[0];
        if (spec.preferredFix) assert.equal(fix.isPreferred, true, `the quick fix is preferred: ${label(c)}`);
        const fixed = applyEdits(m.text, fix.edit!.changes![m.uri], m.uri);
        assert.equal(fixed, expected, label(c));
        assert.deepEqual(again(fixed).filter((f) => f.range.start.line === line - 1).map((f) => shown(f, false)), [], 'the fix removes the finding');
        // …and brings no error of any rule the document did not have (a fix that breaks the file is no fix).
        const before = new Set(errors(m.text).map((e) => e.replace(/@\d+$/, '')));
        const revealed = (e: string) => spec.fixRevealsErrorsOf?.includes(e.replace(/@\d+$/, '')) ?? false;
        assert.deepEqual(errors(fixed).filter((e) => !before.has(e.replace(/@\d+$/, '')) && !revealed(e)), [], `the fix adds no error: ${label(c)}`);
      }
    }));
  }
  if (spec.details?.length) {
    test(`${rule} args and variants`, run((ws) => {
      for (const [c, line, detail] of spec.details!) {
        const finding = ws.check(c, rule).findings.find((f) => f.range.start.line === line - 1);
        assert.ok(finding, `no ${rule} on line ${line}: ${label(c)}`);
        for (const [key, value] of Object.entries(detail.args ?? {})) {
          if (value === undefined) assert.ok(!(key in finding.args), `args.${key} is absent (it is ${finding.args[key]}): ${label(c)}`);
          else assert.equal(unquote(finding.args[key] ?? '<absent>'), unquote(value), `args.${key}: ${label(c)}`);
        }
        if ('variant' in detail) assert.equal(finding.variant, detail.variant, `variant: ${label(c)}`);
      }
    }));
  }
}
