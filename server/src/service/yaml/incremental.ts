// Re-parse only the YAML document an edit touched. A multi-document file (a Kubernetes manifest of thousands of
// lines) is parsed whole when it opens; after an edit inside one document, that document's text is parsed alone
// and the documents after it keep their AST, moved by the length the edit added or removed. Anything unusual
// (an edit on a `---`/`...` line or creating one, directives, a document that no longer parses as one or has
// errors) falls back to the full parse, so the result is always what parseYamlFile would give.
import { isMap, isSeq, isPair, isNode } from 'yaml';
import { parseAllBounded, toYamlError, type YamlDoc, type YamlError, type YamlFile } from './index';

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

/** Move every node range of a document (and its errors) by `delta`. New arrays: range arrays are never shared. */
function shiftDoc(d: YamlDoc, delta: number): void {
  const stack: unknown[] = [d.doc.contents];
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
  if (text.length < minLength || prev.docs.length < 2) return undefined;
  const span = changedSpan(prevText, text);
  if (!span) return undefined;
  // The document holding the whole edit, not on its first line (which may be its `---`) nor touching its end.
  const k = prev.docs.findIndex((d) => d.start <= span.start && span.oldEnd < d.end);
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
  const seg = text.slice(segStart, segEnd);
  // (Too deep: the full parse decides, and reports it.)
  let parsed;
  try {
    parsed = parseAllBounded(seg, prev.version);
  } catch {
    return undefined;
  }
  if (parsed.length !== 1) return undefined;
  const doc = parsed[0];
  // A document with errors (an unclosed quote …) may end elsewhere in the file than alone: parse it all.
  if (doc.errors.length) return undefined;
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
