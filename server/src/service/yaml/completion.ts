// Where a completion is being asked for in a YAML document: the path of the map (for a key) or of the key (for a
// value), found from the indentation of the lines above plus the parsed AST. Works on half-written text, costs
// one upward scan, and never re-parses.
import type { Document } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../text';
import { getIn, mapPairs, pairKey, isMap } from './nodes';
import { pathAt } from './cursor';
import type { YamlPath } from './patterns';

export interface YamlCompletionContext {
  role: 'key' | 'value';
  /** For a key: the path of the map the key goes into. For a value: the path of the key. Sequence items are 0. */
  path: YamlPath;
  /** The word being typed, and its range (what a completion replaces). */
  word: string;
  range: Range;
  /** Keys already present in the target map (for role key), to leave them out of the proposals. */
  existingKeys: Set<string>;
  /** The cursor starts a new sequence item (`- |`). */
  inSequenceItem: boolean;
}

// A key never starts with `- ` (that is one more item marker): without the `(?!-\s)` the split between the markers
// and the key is ambiguous, and a long line of `- - - …` backtracks quadratically (75,000 characters: ~15 s).
const KEY_LINE = /^(\s*)((?:-\s+)*)(["']?)((?!-\s)[^\s:#"'][^:#]*?|)\3\s*:(?:\s|$)/;

/**
 * A key ends at the line's first `:` (or a comment's `#`), and keys are short: further in than this, a line is not
 * `key: …` for completion. (The key regexes also backtrack quadratically over a long run of spaces before it:
 * a line of 50,000 spaces took seconds.)
 */
const MAX_KEY_END = 512;
function mayHaveKey(text: string): boolean {
  const end = text.search(/[:#]/);
  return end >= 0 && end <= MAX_KEY_END;
}

export function yamlCompletionContext(doc: Document.Parsed, index: LineIndex, offset: number, docStart = 0): YamlCompletionContext | null {
  const pos = index.positionAt(offset);
  const before = index.lineText(pos.line).slice(0, pos.character);

  // A value: `key: partial|` (or `- key: partial|`)
  const kv = mayHaveKey(before) ? /^(\s*)((?:-\s+)*)(["']?)((?!-\s)[^\s:#"'][^:#]*?)\3\s*:\s+(\S*)$/.exec(before) : null;
  if (kv) {
    const word = kv[5];
    const startsItem = kv[2].length > 0;
    const parent = startsItem ? itemParent(doc, index, pos.line, kv[1].length, docStart) : mapParent(doc, index, pos.line, kv[1].length, docStart);
    if (!parent) return null;
    return {
      role: 'value',
      path: [...parent, kv[4]],
      word,
      range: { start: { line: pos.line, character: pos.character - word.length }, end: pos },
      existingKeys: new Set(),
      inSequenceItem: startsItem,
    };
  }
  // A key: `  partial|` or `  - partial|` (nothing after the word but the cursor)
  const k = /^(\s*)((?:-\s+)*)([\w.$/-]*)$/.exec(before);
  if (!k) return null;
  const word = k[3];
  const startsItem = k[2].length > 0;
  const parent = startsItem ? itemParent(doc, index, pos.line, k[1].length, docStart) : mapParent(doc, index, pos.line, k[1].length, docStart);
  if (!parent) return null;
  const target = startsItem ? undefined : getIn(doc.contents, parent);
  const existingKeys = new Set(mapPairs(isMap(target) ? target : undefined).map(pairKey).filter((x): x is string => !!x && x !== word));
  return {
    role: 'key',
    path: parent,
    word,
    range: { start: { line: pos.line, character: pos.character - word.length }, end: pos },
    existingKeys,
    inSequenceItem: startsItem,
  };
}

interface LineInfo {
  /** Column of the first non-space character (a `-` included). */
  indent: number;
  /** Column where the content starts after any `- ` markers. */
  content: number;
  dash: boolean;
  /** Column of the key, when the line is `key:` or `- key: …`. */
  key?: string;
  keyOffset?: number;
  /** The key's value is empty on this line (it opens a block below). */
  opens?: boolean;
}

function lineInfo(index: LineIndex, l: number): LineInfo | null {
  const text = index.lineText(l);
  const m = /^(\s*)((?:-\s+)*)(\S)?/.exec(text)!;
  if (m[3] === undefined || m[3] === '#') {
    if (!m[2]) return null; // blank or comment
  }
  const info: LineInfo = { indent: m[1].length, content: m[1].length + m[2].length, dash: m[2].length > 0 };
  const km = mayHaveKey(text) ? KEY_LINE.exec(text) : null;
  if (km && km[4]) {
    info.key = km[4];
    info.keyOffset = index.lineStart(l) + km[1].length + km[2].length + (km[3] ? 1 : 0);
    info.opens = /:\s*(#.*)?$/.test(text) || /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(text);
  }
  return info;
}

function keyPath(doc: Document.Parsed, offset: number): YamlPath | null {
  const at = pathAt(doc, offset);
  return at.role === 'key' ? at.path : null;
}

/** The map a key at column `col` belongs to: a sibling key at the same column, or the parent key above it. */
function mapParent(doc: Document.Parsed, index: LineIndex, line: number, col: number, docStart: number): YamlPath | null {
  const minLine = index.positionAt(docStart).line;
  for (let l = line - 1; l >= minLine; l--) {
    if (/^---/.test(index.lineText(l))) break;
    const li = lineInfo(index, l);
    if (!li || li.content > col) continue;
    if (li.content === col) {
      if (li.keyOffset === undefined) return null;
      const p = keyPath(doc, li.keyOffset);
      return p ? p.slice(0, -1) : null;
    }
    // li.content < col: the key above opens our map
    if (li.keyOffset === undefined || !li.opens) return null;
    return keyPath(doc, li.keyOffset);
  }
  return col === 0 ? [] : null;
}

/** The sequence a new item `- ` at column `dashCol` belongs to, as the path of its (first) item. */
function itemParent(doc: Document.Parsed, index: LineIndex, line: number, dashCol: number, docStart: number): YamlPath | null {
  const minLine = index.positionAt(docStart).line;
  for (let l = line - 1; l >= minLine; l--) {
    if (/^---/.test(index.lineText(l))) break;
    const li = lineInfo(index, l);
    if (!li) continue;
    if (li.dash && li.indent === dashCol) {
      // A sibling item: the sequence is the parent of that item.
      if (li.keyOffset !== undefined) {
        const p = keyPath(doc, li.keyOffset);
        return p && p.length >= 2 ? [...p.slice(0, -2), 0] : null;
      }
      const at = pathAt(doc, index.lineStart(l) + li.content);
      return at.path.length ? [...at.path.slice(0, -1), 0] : null;
    }
    if (li.indent > dashCol || (li.dash && li.indent > dashCol)) continue;
    if (li.content <= dashCol && li.keyOffset !== undefined && li.opens) {
      const p = keyPath(doc, li.keyOffset);
      return p ? [...p, 0] : null;
    }
    if (li.indent < dashCol || li.content <= dashCol) return null;
  }
  return dashCol === 0 ? [0] : null;
}
