// Walking a YAML tree, bounded in depth and node count.
import { isMap, isSeq, isNode } from 'yaml';
import type { Document } from 'yaml';
import { mapPairs, pairKey, type YamlNode, type YamlPair } from './nodes';
import type { YamlPath } from './patterns';

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
