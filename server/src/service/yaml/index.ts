// The only module that imports 'yaml' (eemeli/yaml v2). Everything else works with the helpers below,
// so a change of parser or of its version touches one folder.
import { Composer, Lexer, Parser, parseDocument, parse as parsePlain, isMap, isSeq, isScalar, isPair, isAlias, isNode, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Document, Node as YNode, Pair } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../text';

export type YamlNode = YNode;
export type YamlPair = Pair<unknown, unknown>;
export type PathSegment = string | number;
export type YamlPath = PathSegment[];
export { isMap, isSeq, isScalar, isPair, isAlias };

export interface YamlError {
  message: string;
  code: string;
  start: number;
  end: number;
}

/** One YAML document of a file, with its offsets in the file. */
export interface YamlDoc {
  index: number;
  doc: Document.Parsed;
  start: number;
  end: number;
  errors: YamlError[];
  warnings: YamlError[];
}

export interface YamlFile {
  docs: YamlDoc[];
  version: '1.1' | '1.2';
}

/**
 * Deeper than this (open collections at one point, block and flow together) and a text is not composed: yaml's
 * composer recurses once per level, so 10,000 `[` overflow the stack, and far fewer already make the parse slow.
 * Real files stay far below it (a Kubernetes CRD's OpenAPI schema, among the deepest, is about 60).
 */
export const MAX_YAML_DEPTH = 256;
/**
 * More lexical tokens than this and a text is not composed (about 90,000 lines of an ordinary manifest). Parsing costs about 2 µs and a few hundred bytes per
 * token whatever the text says; ordinary YAML has about one token per 3 characters (a 50,000-line manifest: 330,000),
 * but a line of 1,000,000 `- ` or `""` has two per character and would take seconds and gigabytes.
 */
export const MAX_YAML_TOKENS = 600_000;

/**
 * Syntax errors (and warnings) kept per file; the rest are dropped as they come. YAML001 shows 100; a line of
 * 100,000 stray `{` makes 100,000 of them, and building them was a third of its parse.
 */
export const MAX_YAML_ERRORS = 1000;

/** Thrown by the parse functions below when a text nests deeper than MAX_YAML_DEPTH or has too many tokens. */
export class YamlLimitError extends Error {
  constructor(
    readonly limit: 'depth' | 'tokens',
    readonly offset: number,
  ) {
    super(limit === 'depth' ? `YAML nested deeper than ${MAX_YAML_DEPTH} levels` : `YAML with more than ${MAX_YAML_TOKENS} tokens`);
  }
}

const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: false, keepSourceTokens: false } as const;

/**
 * parseAllDocuments, with the nesting and token bounds checked between the lexer and the composer: the lexer and the CST
 * parser are linear and keep their own stack, so the depth is known before anything recursive runs.
 */
export function parseAllBounded(text: string, version: '1.1' | '1.2'): Document.Parsed[] {
  const parser = new Parser();
  // Errors and warnings of the whole file, counted where they arise: in the composer (its onError) and as the
  // parser's error tokens, which the composer records without it. Past MAX_YAML_ERRORS they are dropped.
  let errors = 0;
  function* capped<T extends { type: string }>(tokens: Iterable<T>) {
    for (const token of tokens) if (token.type !== 'error' || ++errors <= MAX_YAML_ERRORS) yield token;
  }
  function* cst() {
    let tokens = 0;
    for (const lexeme of new Lexer().lex(text)) {
      yield* capped(parser.next(lexeme));
      if (parser.stack.length > MAX_YAML_DEPTH) throw new YamlLimitError('depth', Math.min(parser.offset, text.length));
      if (++tokens > MAX_YAML_TOKENS) throw new YamlLimitError('tokens', Math.min(parser.offset, text.length));
    }
    yield* capped(parser.end());
  }
  // Every syntax error is an Error object; with thousands of them (a line of 100,000 quotes) capturing their
  // stack traces is most of the parse, and nobody reads those traces.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const composer = new Composer({ version, ...PARSE_OPTIONS });
    // `onError` is the composer's (TypeScript-private) sink for every error and warning it finds; it is read each
    // time a document is composed, so wrapping it caps them all. (A unit test checks the cap holds.)
    const sink = composer as unknown as { onError: (...args: unknown[]) => void };
    const record = sink.onError;
    sink.onError = (...args) => {
      if (++errors <= MAX_YAML_ERRORS) record(...args);
    };
    return Array.from(composer.compose(cst())) as Document.Parsed[];
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function toYamlError(e: { message: string; code: string; pos: [number, number] }): YamlError {
  return { message: e.message.split('\n')[0], code: e.code, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) };
}

/**
 * Parse every document of a YAML text once. Never resolves aliases (so an alias bomb costs nothing here).
 * Throws YamlLimitError for a text nested deeper than MAX_YAML_DEPTH or longer than MAX_YAML_TOKENS tokens.
 */
export function parseYamlFile(text: string, version: '1.1' | '1.2' = '1.2'): YamlFile {
  const parsed = parseAllBounded(text, version);
  // An empty text has no documents; keep one empty document so name-based classification still applies.
  const list = parsed.length ? parsed : [parseDocument(text, { version }) as Document.Parsed];
  const docs: YamlDoc[] = list.map((doc, index) => {
    const range = doc.range ?? [0, text.length, text.length];
    return { index, doc, start: range[0], end: range[2], errors: doc.errors.map(toYamlError), warnings: doc.warnings.map(toYamlError) };
  });
  return { docs, version };
}

/** Plain YAML → JS for our own trusted data files (knowledge base, rules). */
export function parseDataYaml(text: string): unknown {
  return parsePlain(text, { maxAliasCount: 100 });
}

export function nodeRange(node: { range?: [number, number, number] | null } | null | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

export function toRange(index: LineIndex, node: { range?: [number, number, number] | null } | null | undefined): Range | undefined {
  const r = nodeRange(node);
  return r ? index.range(r[0], r[1]) : undefined;
}

/** The string value of a scalar node (numbers and booleans as their source-independent string), else undefined. */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

export function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

export function isQuotedScalar(node: unknown): boolean {
  return isScalar(node) && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE);
}

/** The key of a pair as a string (`null` for complex or missing keys). */
export function pairKey(pair: YamlPair): string | null {
  const k = pair.key;
  if (isScalar(k)) return k.value === null || k.value === undefined ? '' : String(k.value);
  return null;
}

/** The pair with the given key in a map node. */
export function getPair(map: unknown, key: string): YamlPair | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items as YamlPair[]) if (pairKey(item) === key) return item;
  return undefined;
}

export function getValue(map: unknown, key: string): unknown {
  return getPair(map, key)?.value ?? undefined;
}

export function mapPairs(map: unknown): YamlPair[] {
  return isMap(map) ? (map.items as YamlPair[]) : [];
}

export function seqItems(seq: unknown): unknown[] {
  return isSeq(seq) ? (seq.items as unknown[]) : [];
}

/** Follow a path (keys and indices) from a node; aliases are not followed. */
export function getIn(node: unknown, path: YamlPath): unknown {
  let cur: unknown = node;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!isSeq(cur)) return undefined;
      cur = (cur as YAMLSeq).items[seg];
    } else {
      if (!isMap(cur)) return undefined;
      cur = getValue(cur as YAMLMap, seg);
    }
    if (cur === undefined || cur === null) return undefined;
  }
  return cur;
}

export type PathRole = 'key' | 'value' | 'none';

export interface PathAt {
  /** Keys and indices from the document root to the node under the cursor. */
  path: YamlPath;
  /** Whether the cursor is on a key, on a (scalar) value, or elsewhere (inside a collection). */
  role: PathRole;
  /** The scalar under the cursor (key or value), if any. */
  node?: YamlNode;
  /** The map holding the key, when role is 'key' or the value belongs to a pair. */
  parent?: YamlNode;
}

const within = (r: [number, number, number] | undefined | null, offset: number) => !!r && r[0] <= offset && offset <= r[1];

/**
 * Cursor → path. Descends the AST from the document root to the deepest node whose range holds the offset.
 * Depth is bounded so pathological nesting cannot blow the stack.
 */
export function pathAt(doc: Document.Parsed, offset: number, maxDepth = 500): PathAt {
  const path: YamlPath = [];
  let node: unknown = doc.contents;
  let parent: YamlNode | undefined;
  for (let depth = 0; depth < maxDepth; depth++) {
    if (isMap(node)) {
      let next: unknown;
      for (const pair of node.items as YamlPair[]) {
        const key = pair.key as YamlNode | null;
        const k = pairKey(pair);
        if (key && isNode(key) && within(key.range, offset)) {
          return k === null ? { path, role: 'none', parent: node } : { path: [...path, k], role: 'key', node: key, parent: node };
        }
        const value = pair.value as YamlNode | null;
        if (value && isNode(value) && within(value.range, offset)) {
          if (k === null) return { path, role: 'none' };
          path.push(k);
          parent = node;
          next = value;
          break;
        }
      }
      if (next === undefined) return { path, role: 'none', node: node as YamlNode };
      node = next;
    } else if (isSeq(node)) {
      const items = node.items as unknown[];
      let idx = -1;
      for (let i = 0; i < items.length; i++) {
        const it = items[i] as YamlNode | null;
        if (it && isNode(it) && within(it.range, offset)) {
          idx = i;
          break;
        }
      }
      if (idx < 0) return { path, role: 'none', node: node as YamlNode };
      path.push(idx);
      parent = node as YamlNode;
      node = items[idx];
    } else if (isScalar(node) || isAlias(node)) {
      return { path, role: 'value', node: node as YamlNode, parent };
    } else {
      return { path, role: 'none' };
    }
  }
  return { path, role: 'none' };
}

/** Path pattern: dotted keys, `*` for one key or index, `[]` for one index, `**` for any number of segments. */
export function compilePattern(pattern: string): string[] {
  return pattern.split('.');
}

export function matchPath(pattern: string[], path: YamlPath, pi = 0, si = 0): boolean {
  for (; pi < pattern.length; pi++, si++) {
    const p = pattern[pi];
    if (p === '**') {
      // Any number of segments (including none).
      for (let k = si; k <= path.length; k++) if (matchPath(pattern, path, pi + 1, k)) return true;
      return false;
    }
    if (si >= path.length) return false;
    if (p === '*') continue;
    if (p === '[]') {
      if (typeof path[si] !== 'number') return false;
      continue;
    }
    if (String(path[si]) !== p) return false;
  }
  return si === path.length;
}

/** A path as a lookup key: indices become `*` (`spec.containers.*.image`). */
export function pathKey(path: YamlPath): string {
  return path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
}

export interface WalkEntry {
  path: YamlPath;
  node: YamlNode;
  /** The key node when this node is the value of a pair. */
  key?: YamlNode;
}

/**
 * Visit every node under `root` (pre-order) with its path. Aliases are not followed; the walk is bounded in
 * depth and in node count so hostile input stays cheap. The visitor returns false to skip a subtree.
 */
export function walk(root: unknown, visit: (e: WalkEntry) => boolean | void, limits = { maxDepth: 200, maxNodes: 2_000_000 }): void {
  let count = 0;
  const stack: { node: unknown; path: YamlPath; key?: YamlNode; depth: number }[] = [{ node: root, path: [], depth: 0 }];
  while (stack.length) {
    const { node, path, key, depth } = stack.pop()!;
    if (!node || !isNode(node)) continue;
    if (++count > limits.maxNodes) return;
    if (visit({ path, node: node as YamlNode, key }) === false) continue;
    if (depth >= limits.maxDepth) continue;
    if (isMap(node)) {
      const items = node.items as YamlPair[];
      for (let i = items.length - 1; i >= 0; i--) {
        const k = pairKey(items[i]);
        if (k === null) continue;
        stack.push({ node: items[i].value, path: [...path, k], key: items[i].key as YamlNode, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push({ node: items[i], path: [...path, i], depth: depth + 1 });
    }
  }
}

/** Top-level keys of a document whose root is a map. */
export function topLevelKeys(doc: Document.Parsed): string[] {
  return mapPairs(doc.contents).map(pairKey).filter((k): k is string => k !== null);
}

export function isMapNode(n: unknown): n is YAMLMap {
  return isMap(n);
}

export function isSeqNode(n: unknown): n is YAMLSeq {
  return isSeq(n);
}

/** The explicit tag of a node as written (`!reset`, `!override`, `tag:yaml.org,2002:str` …), if any. */
export function nodeTag(node: unknown): string | undefined {
  return isNode(node) ? (node as { tag?: string }).tag : undefined;
}

export function isYamlNode(node: unknown): node is YamlNode {
  return isNode(node);
}

/** The node an alias (`*name`) points to in its document, or undefined. Never expands anything. */
export function aliasTarget(doc: Document.Parsed, alias: unknown): YamlNode | undefined {
  if (!isAlias(alias)) return undefined;
  try {
    return alias.resolve(doc) as YamlNode | undefined;
  } catch {
    return undefined;
  }
}

/**
 * How many nodes the document would have with every alias expanded, computed without expanding anything
 * (memoised per node, cycles cut) and stopped once past `limit`. Also the range of the first alias.
 */
export function aliasExpansionSize(doc: Document.Parsed, limit: number): { size: number; firstAlias?: [number, number] } {
  const memo = new Map<unknown, number>();
  let firstAlias: [number, number] | undefined;
  let hasAlias = false;
  const visiting = new Set<unknown>();
  const size = (node: unknown, depth: number): number => {
    if (!node || typeof node !== 'object' || depth > 500) return 1;
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (visiting.has(node)) return 1;
    visiting.add(node);
    let n = 1;
    if (isAlias(node)) {
      hasAlias = true;
      if (!firstAlias && node.range) firstAlias = [node.range[0], node.range[1]];
      n = size(node.resolve(doc), depth + 1);
    } else if (isMap(node)) {
      for (const p of node.items as YamlPair[]) {
        n += size(p.key, depth + 1) + size(p.value, depth + 1);
        if (n > limit) break;
      }
    } else if (isSeq(node)) {
      for (const it of node.items as unknown[]) {
        n += size(it, depth + 1);
        if (n > limit) break;
      }
    }
    visiting.delete(node);
    n = Math.min(n, limit + 1);
    memo.set(node, n);
    return n;
  };
  const root = doc.contents;
  if (!root) return { size: 0 };
  const total = size(root, 0);
  return hasAlias ? { size: total, firstAlias } : { size: 0 };
}
