// Re-parse only the YAML document an edit touched. A multi-document file (a Kubernetes manifest of thousands of
// lines) is parsed whole when it opens; after an edit inside one document, that document's text is parsed alone
// and the documents after it keep their AST, moved by the length the edit added or removed. Anything unusual
// (an edit on a `---`/`...` line or creating one, directives, a document that no longer parses as one or has
// errors) falls back to the full parse, so the result is always what parseYamlFile would give.
// A file of one document whose root is a sequence at column 0 (an Ansible playbook or task list) is split the same
// way at its items: an edit inside one item re-parses that item alone and moves the items after it.
import { isMap, isSeq, isPair, isNode, type Document } from 'yaml';
import { MAX_YAML_ERRORS, parseAllBounded, toYamlError, type YamlDoc, type YamlError, type YamlFile } from './parse';

/** Below this size a full parse is cheap anyway. */
const MIN_LENGTH = 16 * 1024;
const MARKER_LINE = /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/m;

/** The edited span: old text [start, oldEnd) became new text [start, newEnd). */
function changedSpan(prev: string, text: string): { start: number; oldEnd: number; newEnd: number } | undefined {
  if (prev === text) return undefined;
  const max = Math.min(prev.length, text.length);
  let start = 0;
  while (start < max && prev.charCodeAt(start) === text.charCodeAt(start)) start++;
  let oldEnd = prev.length;
  let newEnd = text.length;
  while (oldEnd > start && newEnd > start && prev.charCodeAt(oldEnd - 1) === text.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

type Ranged = { range?: [number, number, number] | null };

/** Move every node range under `root` by `delta`. New arrays: range arrays are never shared. */
function shiftNode(root: unknown, delta: number): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!isNode(node)) continue;
    const r = (node as Ranged).range;
    if (r) (node as Ranged).range = [r[0] + delta, r[1] + delta, r[2] + delta];
    if (isMap(node) || isSeq(node)) for (const it of node.items as unknown[]) stack.push(it);
  }
}

/** Move every node range of a document (and its errors) by `delta`. */
function shiftDoc(d: YamlDoc, delta: number): void {
  shiftNode(d.doc.contents, delta);
  const dr = (d.doc as unknown as Ranged).range;
  if (dr) (d.doc as unknown as Ranged).range = [dr[0] + delta, dr[1] + delta, dr[2] + delta];
  for (const e of [...d.doc.errors, ...d.doc.warnings]) e.pos = [e.pos[0] + delta, e.pos[1] + delta];
  const move = (e: YamlError): YamlError => ({ ...e, start: e.start + delta, end: e.end + delta });
  d.start += delta;
  d.end += delta;
  d.errors = d.errors.map(move);
  d.warnings = d.warnings.map(move);
}

/**
 * The YAML file of `text`, reusing `prev` (the file parsed from `prevText`) for every document the edit did not
 * touch; undefined when only a full parse gives the right answer.
 */
export function reparseYamlFile(prev: YamlFile, prevText: string, text: string, minLength = MIN_LENGTH): YamlFile | undefined {
  if (text.length < minLength) return undefined;
  const span = changedSpan(prevText, text);
  if (!span) return undefined;
  // The parser keeps the first MAX_YAML_ERRORS errors of a file: once a file reaches that, which errors a document
  // keeps depends on the documents before it, so only a full parse gives the right ones.
  if (prev.docs.reduce((n, d) => n + d.errors.length + d.warnings.length, 0) >= MAX_YAML_ERRORS) return undefined;
  return reparseDocument(prev, prevText, text, span) ?? reparseSequenceItem(prev, prevText, text, span);
}

type Span = { start: number; oldEnd: number; newEnd: number };

/** The index of the document holding the whole edit (not touching its end), or -1. */
function docHolding(prev: YamlFile, span: Span): number {
  return prev.docs.findIndex((d) => d.start <= span.start && span.oldEnd < d.end);
}

/**
 * A segment of the file parsed alone: its one document, or undefined when it is not exactly one document without
 * errors (one with errors, an unclosed quote …, may end elsewhere in the file than alone; too deep: the full parse
 * decides, and reports it).
 */
function parseAlone(seg: string, version: YamlFile['version']): Document.Parsed | undefined {
  let parsed;
  try {
    parsed = parseAllBounded(seg, version);
  } catch {
    return undefined;
  }
  return parsed.length === 1 && !parsed[0].errors.length ? parsed[0] : undefined;
}

function reparseDocument(prev: YamlFile, prevText: string, text: string, span: Span): YamlFile | undefined {
  if (prev.docs.length < 2) return undefined;
  // The document holding the whole edit, not on its first line (which may be its `---`) nor touching its end.
  const k = docHolding(prev, span);
  if (k < 0) return undefined;
  const d = prev.docs[k];
  if (span.start <= lineEnd(prevText, d.start)) return undefined;
  // The lines the edit touched, before and after: no document marker may be among them.
  const oldLines = prevText.slice(lineStart(prevText, span.start), lineEnd(prevText, span.oldEnd));
  const newLines = text.slice(lineStart(text, span.start), lineEnd(text, span.newEnd));
  if (MARKER_LINE.test(oldLines) || MARKER_LINE.test(newLines)) return undefined;
  // Directives (%YAML, %TAG) make documents depend on what precedes them.
  if (/^%/m.test(text)) return undefined;

  const delta = span.newEnd - span.oldEnd;
  // The first document owns the comments before it; any later one starts at its own range. The segment runs to
  // the next document (or the end): stray text after a document's end (a `]` of nothing) is no document's, but
  // its errors are the document's, so the fresh parse must see it (and then, ending early, defers to a full one).
  const segStart = k === 0 ? 0 : d.start;
  const segEnd = (k + 1 < prev.docs.length ? prev.docs[k + 1].start : prevText.length) + delta;
  // A byte-order mark is one only at the start of the stream: inside the file it is text, alone it would be a mark.
  if (segStart > 0 && text.charCodeAt(segStart) === 0xfeff) return undefined;
  const seg = text.slice(segStart, segEnd);
  const doc = parseAlone(seg, prev.version);
  if (!doc) return undefined;
  const range = doc.range ?? [0, seg.length, seg.length];
  // The document must span its whole segment, as it did in the file (else the boundaries moved: parse it all).
  if (range[2] !== seg.length || (k > 0 && range[0] !== 0)) return undefined;
  const fresh: YamlDoc = { index: k, doc, start: range[0], end: range[2], errors: doc.errors.map(toYamlError), warnings: doc.warnings.map(toYamlError) };
  if (segStart) shiftDoc(fresh, segStart);
  const docs = prev.docs.slice();
  docs[k] = fresh;
  if (delta) for (let i = k + 1; i < docs.length; i++) shiftDoc(docs[i], delta);
  return { docs, version: prev.version };
}

/**
 * The edit lies inside one item of a document's root sequence, written at column 0 (`- hosts: …` plays, `- name: …`
 * tasks): that item's lines (from its `-` to the next item's) are parsed alone, as a one-item sequence, and the new
 * item replaces the old one; the items and documents after it move. Anything else, or an item that does not parse
 * cleanly on its own, falls back to the full parse.
 */
function reparseSequenceItem(prev: YamlFile, prevText: string, text: string, span: Span): YamlFile | undefined {
  const k = docHolding(prev, span);
  if (k < 0) return undefined;
  const d = prev.docs[k];
  // A document with errors or warnings may be read differently once one item changes: parse it all.
  if (d.errors.length || d.warnings.length) return undefined;
  const seq = d.doc.contents;
  if (!isSeq(seq) || seq.flow) return undefined;
  const items = seq.items as unknown[];
  const starts: number[] = [];
  for (const it of items) {
    const r = isNode(it) ? (it as Ranged).range : undefined;
    if (!r) return undefined;
    // The item's line starts with its `-` at column 0 (the item's range starts after `- `).
    const ls = lineStart(prevText, r[0]);
    if (!/^-[ \t]/.test(prevText.slice(ls, ls + 2))) return undefined;
    starts.push(ls);
  }
  // The item holding the edit, not on its `-` line's indicator, and not reaching the next item's line.
  let i = -1;
  for (let j = 0; j < starts.length; j++) if (starts[j] < span.start) i = j;
  if (i < 0) return undefined;
  const oldSegEnd = i + 1 < starts.length ? starts[i + 1] : d.end;
  if (span.oldEnd >= oldSegEnd) return undefined;
  // The edited lines must not start a new item or leave column 0 content behind (a key, a comment, a marker).
  const newLines = text.slice(lineStart(text, span.start), lineEnd(text, span.newEnd));
  const oldLines = prevText.slice(lineStart(prevText, span.start), lineEnd(prevText, span.oldEnd));
  const touchesFirstLine = lineStart(prevText, span.start) === starts[i];
  const columnZero = /^[^ \t\r\n]/m;
  if (!touchesFirstLine && (columnZero.test(newLines) || columnZero.test(oldLines))) return undefined;
  if (touchesFirstLine && (/\n[^ \t\r\n]/.test(newLines) || /\n[^ \t\r\n]/.test(oldLines) || !/^-[ \t]/.test(newLines))) return undefined;
  if (MARKER_LINE.test(oldLines) || MARKER_LINE.test(newLines) || /^%/m.test(text)) return undefined;

  const delta = span.newEnd - span.oldEnd;
  const segStart = starts[i];
  const seg = text.slice(segStart, oldSegEnd + delta);
  const doc = parseAlone(seg, prev.version);
  const root = doc?.contents;
  if (!doc || doc.warnings.length || !isSeq(root) || root.flow || root.items.length !== 1) return undefined;
  const range = doc.range ?? [0, seg.length, seg.length];
  if (range[0] !== 0 || range[2] !== seg.length) return undefined;
  const item = root.items[0];
  const itemRange = isNode(item) ? (item as Ranged).range : undefined;
  const oldItemRange = (items[i] as Ranged).range!;
  if (!itemRange) return undefined;
  // What the item's range ends with must agree with the old one (its last line break, or the document's end).
  if ((oldItemRange[2] === oldSegEnd) !== (itemRange[2] === seg.length)) return undefined;
  shiftNode(item, segStart);
  for (let j = i + 1; j < items.length; j++) shiftNode(items[j], delta);
  items[i] = item;
  const sr = (seq as Ranged).range;
  if (sr) (seq as Ranged).range = [sr[0], sr[1] + delta, sr[2] + delta];
  const dr = (d.doc as unknown as Ranged).range;
  if (dr) (d.doc as unknown as Ranged).range = [dr[0], dr[1] + delta, dr[2] + delta];
  const docs = prev.docs.slice();
  docs[k] = { ...d, end: d.end + delta };
  if (delta) for (let j = k + 1; j < docs.length; j++) shiftDoc(docs[j], delta);
  return { docs, version: prev.version };
}
