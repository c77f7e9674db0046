// Cursor → YAML path: which key or value of a document an offset is on.
import { isMap, isSeq, isScalar, isAlias, isNode } from 'yaml';
import type { Document } from 'yaml';
import { pairKey, type YamlNode, type YamlPair } from './nodes';
import type { YamlPath } from './patterns';

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
          // A block collection's range runs to the start of the next key's line: at that very offset, the next key wins.
          const nextKey = (node.items as YamlPair[]).map((p) => p.key as YamlNode | null).find((nk) => nk && isNode(nk) && nk.range?.[0] === offset);
          if (nextKey && nextKey !== key) {
            const nk = (node.items as YamlPair[]).find((p) => p.key === nextKey)!;
            const name = pairKey(nk);
            return name === null ? { path, role: 'none', parent: node } : { path: [...path, name], role: 'key', node: nextKey, parent: node };
          }
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
