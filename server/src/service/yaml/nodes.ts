// Reading parsed YAML nodes: scalars, map pairs, sequence items, ranges, tags and aliases (never expanded).
import { isMap, isSeq, isScalar, isPair, isAlias, isNode, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Document, Node as YNode, Pair } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../text';
import type { YamlPath } from './patterns';

export type YamlNode = YNode;
export type YamlPair = Pair<unknown, unknown>;
export { isMap, isSeq, isScalar, isPair, isAlias };


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

/** A scalar written without quotes or a block indicator (`yes`, `8080`, `nginx`): the one YAML may read as a number or boolean. */
export function isPlainScalar(node: unknown): boolean {
  return isScalar(node) && node.type === Scalar.PLAIN;
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
