// Text edits on block-style YAML for quick fixes: the whole lines a key occupies, where a new key goes in a map,
// moving a key (with everything under it) into another map, re-indented. Only block style is edited: a flow map
// (`{ a: 1 }`) or a key sharing its line with another node gets no edit (the caller offers no fix).
import { isMap, isScalar, isSeq } from 'yaml';
import type { LineIndex } from '../text';
import { getPair, mapPairs, type YamlNode, type YamlPair } from './nodes';
import type { YamlPath } from './patterns';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

const rangeOf = (n: unknown): [number, number, number] | undefined => (n as { range?: [number, number, number] } | null)?.range ?? undefined;

/** The lines `[start, end)` a block pair spans (its key first on its line, nothing after its value but a comment). */
export function pairLines(text: string, index: LineIndex, pair: YamlPair): { start: number; end: number; indent: number } | undefined {
  const kr = rangeOf(pair.key);
  if (!kr) return undefined;
  const first = index.positionAt(kr[0]).line;
  const lineStart = index.lineStart(first);
  if (text.slice(lineStart, kr[0]).trim() !== '') return undefined; // `- key:` or another key before it
  const vr = rangeOf(pair.value);
  let lastEnd = vr ? vr[1] : kr[1];
  if (pair.value && (isMap(pair.value) || isSeq(pair.value)) && (pair.value as { flow?: boolean }).flow) lastEnd = vr![1];
  // The value's end may sit at the start of the next line (a block collection ends after its newline).
  while (lastEnd > kr[1] && /\s/.test(text[lastEnd - 1] ?? '')) lastEnd--;
  const last = index.positionAt(lastEnd).line;
  const rest = index.lineText(last).slice(index.positionAt(lastEnd).character);
  if (rest.trim() !== '' && !rest.trim().startsWith('#')) return undefined;
  const end = last + 1 < index.lineCount ? index.lineStart(last + 1) : text.length;
  return { start: lineStart, end, indent: kr[0] - lineStart };
}

/** Where a new key goes in a block map (after its last line) and the indentation of its keys. */
export function mapInsertion(text: string, index: LineIndex, map: unknown): { offset: number; indent: number } | undefined {
  if (!isMap(map) || (map as { flow?: boolean }).flow) return undefined;
  const pairs = mapPairs(map);
  if (!pairs.length) return undefined;
  const firstKey = rangeOf(pairs[0].key);
  const lastLines = pairLines(text, index, pairs[pairs.length - 1]);
  if (!firstKey || !lastLines) return undefined;
  return { offset: lastLines.end, indent: firstKey[0] - index.lineStart(index.positionAt(firstKey[0]).line) };
}

/** Lines moved from one indentation to another (lines indented less than `from` are left as they are). */
export function reindent(block: string, from: number, to: number): string {
  return block
    .split('\n')
    .map((l) => (l.trim() === '' ? l : l.length - l.trimStart().length >= from ? ' '.repeat(to) + l.slice(from) : l))
    .join('\n');
}

const withNewline = (s: string, eol: string) => (s.endsWith('\n') ? s : s + eol);

/** The node at a path (keys and list indices), or undefined. */
function mapAt(root: unknown, path: YamlPath): unknown {
  let cur = root;
  for (const seg of path) {
    if (typeof seg === 'number') cur = isSeq(cur) ? (cur.items as unknown[])[seg] : undefined;
    else cur = getPair(cur, seg)?.value;
    if (cur === undefined || cur === null) return undefined;
  }
  return cur;
}

/**
 * Move a block pair into the map at `target` (a path of keys from `root`), creating the missing maps on the way
 * (as keys of the deepest map that exists). Undefined when it cannot be done by whole lines, or when the target
 * already has the key. The edits do not overlap: a removal and an insertion.
 */
export function movePair(text: string, index: LineIndex, root: unknown, pair: YamlPair, key: string, target: YamlPath): TextEdit[] | undefined {
  const from = pairLines(text, index, pair);
  if (!from) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // The deepest existing map on the way, and the keys still to create under it.
  let depth = target.length;
  while (depth > 0 && mapAt(root, target.slice(0, depth)) === undefined) depth--;
  if (target.slice(depth).some((s) => typeof s === 'number')) return undefined;
  const host = mapAt(root, target.slice(0, depth));
  if (!isMap(host) || (depth === target.length && getPair(host, key))) return undefined;
  const missing = target.slice(depth).map(String);
  const at = mapInsertion(text, index, host);
  if (!at) return undefined;
  // The moved pair must not contain the insertion point (moving a map into itself).
  if (at.offset > from.start && at.offset < from.end) return undefined;
  // Inserting where the removed lines start or end: one replacement (edits must not touch each other's span).
  const adjacent = at.offset === from.start || at.offset === from.end;
  const step = indentStep(text, index, host) ?? 2;
  let insert = '';
  missing.forEach((k, i) => {
    insert += `${' '.repeat(at.indent + i * step)}${k}:${eol}`;
  });
  const moved = reindent(text.slice(from.start, from.end), from.indent, at.indent + missing.length * step);
  insert += withNewline(moved, eol);
  if (adjacent) return [{ start: from.start, end: from.end, newText: insert }];
  return [
    { start: from.start, end: from.end, newText: '' },
    { start: at.offset, end: at.offset, newText: insert },
  ];
}

/** How far a map's nested blocks are indented relative to it (2 in most manifests). */
function indentStep(text: string, index: LineIndex, map: unknown): number | undefined {
  for (const p of mapPairs(map)) {
    if (!isMap(p.value) || (p.value as { flow?: boolean }).flow) continue;
    const inner = mapPairs(p.value)[0];
    const a = rangeOf(p.key);
    const b = rangeOf(inner?.key);
    if (!a || !b) continue;
    const col = (o: number) => o - index.lineStart(index.positionAt(o).line);
    const d = col(b[0]) - col(a[0]);
    if (d > 0) return d;
  }
  void text;
  return undefined;
}

/** A new `key: value` line at the end of a block map. */
export function insertPair(text: string, index: LineIndex, map: unknown, key: string, value: string): TextEdit | undefined {
  const at = mapInsertion(text, index, map);
  if (!at) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: at.offset, end: at.offset, newText: `${' '.repeat(at.indent)}${key}: ${value}${eol}` };
}

/**
 * A new key with a block map under it at the end of a block map (`healthcheck:` and its `test: …` lines), nested by
 * the file's own step: the map's, else the document root's (`root`), else 2.
 */
export function insertBlock(text: string, index: LineIndex, map: unknown, key: string, entries: [string, string][], root?: unknown): TextEdit | undefined {
  const at = mapInsertion(text, index, map);
  if (!at || !entries.length) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const step = nestingStep(text, index, map, root);
  const inner = ' '.repeat(at.indent + step);
  const lines = [`${' '.repeat(at.indent)}${key}:`, ...entries.map(([k, v]) => `${inner}${k}: ${v}`)];
  return { start: at.offset, end: at.offset, newText: lines.join(eol) + eol };
}

/** How far this file nests a block under its key: the map's own step, else the root's, else 2. */
export function nestingStep(text: string, index: LineIndex, map: unknown, root?: unknown): number {
  return indentStep(text, index, map) ?? (root === undefined ? undefined : indentStep(text, index, root)) ?? 2;
}

/** Remove a block pair's lines. */
export function removePair(text: string, index: LineIndex, pair: YamlPair): TextEdit | undefined {
  const lines = pairLines(text, index, pair);
  return lines ? { start: lines.start, end: lines.end, newText: '' } : undefined;
}

/** A scalar node's text replaced. */
export function replaceScalar(node: unknown, newText: string): TextEdit | undefined {
  const r = rangeOf(node);
  return isScalar(node) && r ? { start: r[0], end: r[1], newText } : undefined;
}

export type { YamlNode };

/** A block sequence's items as written: the column of their dashes, and where the first item's line starts and the last one's lines end. */
export function blockSeq(text: string, index: LineIndex, seq: unknown): { dashCol: number; start: number; end: number } | undefined {
  if (!isSeq(seq) || (seq as { flow?: boolean }).flow || !seq.items.length) return undefined;
  let dashCol: number | undefined;
  for (const item of seq.items) {
    const r = rangeOf(item);
    if (!r) return undefined;
    const ls = index.lineStart(index.positionAt(r[0]).line);
    const m = /^(\s*)-\s+$/.exec(text.slice(ls, r[0]));
    if (!m) return undefined; // an item not on its own `- ` line
    if (dashCol === undefined) dashCol = m[1].length;
  }
  const first = rangeOf(seq.items[0])!;
  let lastEnd = rangeOf(seq.items[seq.items.length - 1])![1];
  while (lastEnd > first[0] && /\s/.test(text[lastEnd - 1] ?? '')) lastEnd--;
  const lastLine = index.positionAt(lastEnd).line;
  const end = lastLine + 1 < index.lineCount ? index.lineStart(lastLine + 1) : text.length;
  return { dashCol: dashCol ?? 0, start: index.lineStart(index.positionAt(first[0]).line), end };
}

/**
 * A node's text as lines, moved to column 0: the first line from the node's start, the next ones without the
 * indentation the node had (a block map item, a flow value, a plain scalar). Undefined for a block scalar (`|`),
 * whose content indentation means something: see `blockScalarLines`.
 */
export function nodeLines(text: string, index: LineIndex, node: unknown): string[] | undefined {
  const r = rangeOf(node);
  if (!r) return undefined;
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) return undefined;
  const col = r[0] - index.lineStart(index.positionAt(r[0]).line);
  const lines = text.slice(r[0], r[1]).replace(/\s+$/, '').split(/\r?\n/);
  return lines.map((l, i) => (i === 0 ? l : l.slice(Math.min(col, l.length - l.trimStart().length))));
}

/** A block scalar as its header (`|`, `|-`, `>`) and its content lines without their common indentation. */
export function blockScalarLines(text: string, node: unknown): { header: string; lines: string[] } | undefined {
  const r = rangeOf(node);
  if (!r || !isScalar(node) || (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED')) return undefined;
  const src = text.slice(r[0], r[1]).replace(/\s+$/, '');
  const nl = src.search(/\r?\n/);
  if (nl < 0) return { header: src.trim(), lines: [] };
  const header = src.slice(0, nl).trim();
  if (/\d/.test(header)) return undefined; // an explicit indentation indicator: leave it alone
  const body = src.slice(nl).replace(/^\r?\n/, '').split(/\r?\n/);
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return { header, lines: body.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))) };
}

/** Sequence items written as block lines at a dash column (`lines` of each item at column 0, as nodeLines gives them). */
export function emitItems(items: string[][], dashCol: number, eol: string): string {
  const pad = ' '.repeat(dashCol);
  return items.map((lines) => lines.map((l, i) => (i === 0 ? `${pad}- ${l}` : l.trim() === '' ? '' : `${pad}  ${l}`)).join(eol) + eol).join('');
}
