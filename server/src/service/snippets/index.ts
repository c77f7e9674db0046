// Snippets, offered by the server as completion items: only the server knows a YAML document's format and where the
// cursor is in it. One mechanism for every format:
// - the data: `snippets/<file>.json` (VS Code's snippet-file shape: `prefix`, `body`, `description` as a
//   `%snippets.<file>.<name>%` key of package.nls*.json) with our own `context` (where the snippet's text belongs)
//   and `file` (a file name it is valid in, for the tests);
// - inside a document, the format decides the context (a pod spec, `services:`, a task list …) and asks
//   `snippetCompletions(file, context, range)`;
// - a blank document (or a blank file) gets the whole-file snippets its path allows (`blankSnippets`), from the
//   facade: such a document often has no format yet.
// Documentation is a knowledge-base entry made here (`snippet.<file>.<name>`: the description and the expanded body),
// so completionItem/resolve renders it like any other entry.
import type { Range } from 'vscode-languageserver-types';
import type { CompletionSpec } from '../provider';
import type { DocumentModel } from '../model';
import type { KbEntry } from '../data/schema';
import type { Format, Localized } from '../types';
import { basename } from '../common/paths';
import { expectedFormat } from '../classify';

/**
 * The snippet files (`snippets/<file>.json`) and the contexts each format asks for: where a snippet's text belongs.
 * Whole-file contexts (`file`, `document`, `kustomization`, `patch-file`, `playbook`, `*-file`) are the facade's,
 * for blank documents (`blankSnippets`); the others are asked for by the format's completion.
 */
export const SNIPPET_CONTEXTS = {
  dockerfile: ['file', 'instruction'],
  dockerignore: ['file'],
  compose: ['file', 'service', 'service-key'],
  kubernetes: ['document', 'pod-spec', 'container'],
  kustomize: ['kustomization', 'patch-file', 'top'],
  ansible: ['playbook', 'tasks-file', 'handlers-file', 'vars-file', 'meta-file', 'task', 'play-key'],
  inventory: ['file'],
} as const;

export type SnippetFile = keyof typeof SNIPPET_CONTEXTS;
export type SnippetContext<F extends SnippetFile> = (typeof SNIPPET_CONTEXTS)[F][number];

export interface Snippet {
  file: SnippetFile;
  /** The key in its file (and the last part of its description key). */
  name: string;
  prefix: string;
  body: string;
  /** The description key without the `%`s: `snippets.<file>.<name>`. */
  descriptionKey: string;
  description: Localized;
  context: string;
  /** A file (path relative to a workspace) the snippet's expansion is valid in. */
  validIn: string;
}

interface RawSnippet {
  prefix?: unknown;
  body?: unknown;
  description?: unknown;
  context?: unknown;
  file?: unknown;
}

export const SNIPPET_ENTRY_PREFIX = 'snippet.';
const SNIPPET_KIND = 15; // CompletionItemKind.Snippet

let loaded: { all: Snippet[]; byPlace: Map<string, Snippet[]>; byId: Map<string, Snippet> } | undefined;

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const { SNIPPET_FILES, NLS } = require('./data') as typeof import('./data');
  const all: Snippet[] = [];
  for (const [file, content] of Object.entries(SNIPPET_FILES)) {
    for (const [name, raw] of Object.entries(content as Record<string, RawSnippet>)) {
      const key = typeof raw.description === 'string' ? /^%(.+)%$/.exec(raw.description)?.[1] : undefined;
      if (typeof raw.prefix !== 'string' || !key || typeof raw.context !== 'string') continue;
      const body = Array.isArray(raw.body) ? raw.body.join('\n') : String(raw.body ?? '');
      all.push({
        file: file as SnippetFile,
        name,
        prefix: raw.prefix,
        body,
        descriptionKey: key,
        description: { en: NLS.en[key] ?? key, ko: NLS.ko[key] ?? NLS.en[key] ?? key },
        context: raw.context,
        validIn: typeof raw.file === 'string' ? raw.file : '',
      });
    }
  }
  const byPlace = new Map<string, Snippet[]>();
  const byId = new Map<string, Snippet>();
  for (const s of all) {
    const k = `${s.file}:${s.context}`;
    byPlace.set(k, [...(byPlace.get(k) ?? []), s]);
    byId.set(entryIdOf(s), s);
  }
  return (loaded = { all, byPlace, byId });
}

/** Every snippet (the tests expand each one). */
export function allSnippets(): readonly Snippet[] {
  return load().all;
}

const entryIdOf = (s: Snippet) => `${SNIPPET_ENTRY_PREFIX}${s.file}.${s.name}`;

/** The snippets of a file for a context, as completion proposals replacing `range` (after the format's own proposals). */
export function snippetCompletions<F extends SnippetFile>(file: F, context: SnippetContext<F>, range: Range, opts: { filterPrefix?: string } = {}): CompletionSpec[] {
  return (load().byPlace.get(`${file}:${context}`) ?? []).map((s) => ({
    label: s.prefix,
    kind: SNIPPET_KIND,
    range,
    insertText: s.body,
    snippet: true,
    entryId: entryIdOf(s),
    sortText: `~${s.prefix}`,
    filterText: `${opts.filterPrefix ?? ''}${s.prefix}`,
  }));
}

/** The knowledge-base entry of a snippet: its description, and what it inserts (with its defaults) in a code block. */
export function snippetEntry(id: string): KbEntry | undefined {
  const s = load().byId.get(id);
  if (!s) return undefined;
  const lang = s.file === 'dockerfile' ? 'dockerfile' : s.file === 'dockerignore' || s.file === 'inventory' ? 'ini' : 'yaml';
  const preview = '```' + lang + '\n' + expandSnippet(s.body) + '\n```';
  return { id, title: s.description, body: { en: preview, ko: preview } };
}

// ───────────────────────── blank documents ─────────────────────────

/** The whole-file contexts of a YAML document that is blank, by what its path (or its file's other documents) says. */
type Place = { [F in SnippetFile]: [F, SnippetContext<F>] }[SnippetFile];

function yamlBlankPlaces(path: string, languageId: string | undefined, others: Set<Format>): Place[] {
  const expected = expectedFormat(path, languageId);
  if (expected === 'kustomize') return [['kustomize', 'kustomization']];
  if (expected === 'compose') return [['compose', 'file']];
  if (expected === 'ansible-tasks') return [['ansible', /(^|[\\/])handlers[\\/][^\\/]*$/i.test(path) ? 'handlers-file' : 'tasks-file']];
  if (expected === 'ansible-vars') return [['ansible', 'vars-file']];
  if (expected === 'ansible-meta') return [['ansible', 'meta-file']];
  if (expected === 'ansible-inventory') return [];
  // A document after `---` in a file of manifests is one more manifest.
  if (others.has('kubernetes') || others.has('kustomize')) return others.has('kubernetes') ? [['kubernetes', 'document']] : [];
  if (others.size) return [];
  return [['kubernetes', 'document'], ['compose', 'file'], ['ansible', 'playbook'], ['kustomize', 'patch-file']];
}

/**
 * Whole-file snippets where the document (the YAML document under the cursor, or the file) holds nothing yet but
 * comments and the word being typed: the formats its path allows. A file of no format of ours gets them only where
 * its name says what it is (`.dockerignore`).
 */
export function blankSnippets(model: DocumentModel, offset: number): CompletionSpec[] {
  if (model.skipped) return [];
  const pos = model.index.positionAt(offset);
  const before = model.index.lineText(pos.line).slice(0, pos.character);
  const word = /^\s*([\w.-]*)$/.exec(before);
  if (!word) return [];
  const lineStart = model.index.lineStart(pos.line);
  const lineEnd = lineStart + model.index.lineText(pos.line).length;
  // The part of the file this document is: the unit under the cursor (YAML documents), else the whole file.
  let start = 0;
  let end = model.text.length;
  let places: Place[];
  if (model.kind === 'yaml') {
    const units = model.units;
    const i = unitIndexAt(model, offset);
    if (i < 0) places = yamlBlankPlaces(model.path, model.languageId, new Set());
    else {
      start = units[i].start;
      end = units[i].end;
      const others = new Set<Format>();
      for (const [j, u] of units.entries()) if (j !== i && u.format) others.add(u.format);
      places = yamlBlankPlaces(model.path, model.languageId, others);
    }
  } else if (model.kind === 'dockerfile') places = [['dockerfile', 'file']];
  else if (model.kind === 'inventory') places = [['inventory', 'file']];
  else if (model.kind === 'other' && basename(model.path) === '.dockerignore') places = [['dockerignore', 'file']];
  else return [];
  if (!places.length) return [];
  if (!isBlank(model.text.slice(start, Math.max(start, lineStart))) || !isBlank(model.text.slice(Math.min(end, Math.max(lineEnd, start)), end))) return [];
  if (model.index.lineText(pos.line).slice(pos.character).trim()) return [];
  const range = { start: { line: pos.line, character: pos.character - word[1].length }, end: pos };
  return places.flatMap(([file, context]) => snippetCompletions<SnippetFile>(file, context, range));
}

/** The last unit that starts at or before an offset (the lines between two YAML documents belong to the first). */
function unitIndexAt(model: DocumentModel, offset: number): number {
  for (let i = model.units.length - 1; i >= 0; i--) if (model.units[i].start <= offset) return i;
  return model.units.length ? 0 : -1;
}

/** Only blank lines, comments and YAML document markers (stops at the first other line: a document with content costs one line). */
function isBlank(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, Math.min(end, start + 4096));
    if (!/^\s*(?:#.*)?$/.test(line) && !/^(?:---|\.\.\.)\s*(?:#.*)?$/.test(line)) return false;
    start = end + 1;
  }
  return true;
}

// ───────────────────────── expansion ─────────────────────────

type Part = string | { n: number; choices?: string[]; children?: Part[] };

/**
 * A snippet's text as inserted with its defaults: placeholders give their default (the first choice of a choice),
 * a bare `$1` the default of the same tab stop elsewhere (mirrors are equal), `$0` nothing.
 */
export function expandSnippet(body: string): string {
  const parts = parseSnippet(body);
  const defaults = new Map<number, string>();
  const collect = (list: Part[]) => {
    for (const p of list) {
      if (typeof p === 'string') continue;
      if (p.children) collect(p.children);
      if (defaults.has(p.n)) continue;
      if (p.choices) defaults.set(p.n, p.choices[0] ?? '');
      else if (p.children) defaults.set(p.n, render(p.children));
    }
  };
  const render = (list: Part[]): string =>
    list.map((p) => (typeof p === 'string' ? p : p.choices ? p.choices[0] ?? '' : p.children ? render(p.children) : defaults.get(p.n) ?? '')).join('');
  collect(parts);
  return render(parts);
}

/** TextMate snippet syntax: `$1`, `${1}`, `${1:default}` (nested), `${1|a,b|}`, escapes `\$ \} \\`. */
export function parseSnippet(body: string): Part[] {
  let i = 0;
  const parse = (inside: boolean): Part[] => {
    const out: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push(text);
      text = '';
    };
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        text += body[i + 1];
        i += 2;
      } else if (inside && c === '}') {
        break;
      } else if (c === '$') {
        const simple = /^\$(\d+)/.exec(body.slice(i, i + 12));
        const braced = /^\$\{(\d+)([:|}])/.exec(body.slice(i, i + 14));
        if (simple) {
          flush();
          out.push({ n: Number(simple[1]) });
          i += simple[0].length;
        } else if (braced) {
          flush();
          i += braced[0].length;
          const n = Number(braced[1]);
          if (braced[2] === '}') out.push({ n });
          else if (braced[2] === ':') {
            const children = parse(true);
            if (body[i] !== '}') throw new Error(`unclosed placeholder \${${n}: in snippet`);
            i++;
            out.push({ n, children });
          } else {
            const close = body.indexOf('|}', i);
            if (close < 0) throw new Error(`unclosed choice \${${n}| in snippet`);
            out.push({ n, choices: body.slice(i, close).split(/(?<!\\),/).map((x) => x.replace(/\\([,|\\])/g, '$1')) });
            i = close + 2;
          }
        } else if (/^\$[A-Za-z_{]/.test(body.slice(i, i + 2))) {
          throw new Error(`a variable or an unescaped dollar in snippet at ${i}: write \\$ for a literal dollar`);
        } else {
          text += c;
          i++;
        }
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  };
  return parse(false);
}
