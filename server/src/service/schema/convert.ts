// A YAML document as plain JS for a JSON-schema validator, remembering the node behind every JSON pointer (so an
// error at `/services/web/ports/0` is marked on that very value). Bounded: aliases and `<<` merge keys are expanded
// within a budget, and a document past it is marked truncated (its schema errors are then not trusted).
import type { YamlDocModel } from '../kinds/yaml';
import { aliasTarget, isAlias, isMap, isScalar, isSeq, isYamlNode, mapPairs, nodeTag, pairKey, seqItems, type YamlNode, type YamlPair } from '../yaml';

/** Where a JSON pointer's value sits in the text: the value node and, for a map entry, its key node. */
export interface Loc {
  node?: YamlNode;
  key?: YamlNode;
}

export interface Converted {
  value: unknown;
  at: Map<string, Loc>;
  /** Alias expansion or the node budget ran out: the JS value is incomplete, so schema errors are not trusted. */
  truncated: boolean;
}

const MAX_DEPTH = 64;
const MAX_NODES = 200_000;
const MAX_ALIAS_NODES = 20_000;

export const escapePointer = (s: string | number) => String(s).replace(/~/g, '~0').replace(/\//g, '~1');

export interface ConvertOptions {
  /** Entries whose value carries one of these tags are left out (Compose's `!reset` removes what an earlier file set). */
  dropTags?: readonly string[];
}

/** YAML AST → plain JS, remembering the node of every pointer. */
export function convert(ydoc: YamlDocModel, opts: ConvertOptions = {}): Converted {
  const doc = ydoc.yaml.doc;
  const drop = new Set(opts.dropTags ?? []);
  const at = new Map<string, Loc>();
  let nodes = 0;
  let aliasNodes = 0;
  let truncated = false;

  // `via`: the alias or merge key through which this subtree is reached; its pointers point there.
  const conv = (node: unknown, ptr: string, depth: number, via: YamlNode | undefined, key: YamlNode | undefined): unknown => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
      truncated = true;
      return null;
    }
    if (via && ++aliasNodes > MAX_ALIAS_NODES) {
      truncated = true;
      return null;
    }
    if (!at.has(ptr)) at.set(ptr, via ? { node: via, key } : { node: isYamlNode(node) ? node : undefined, key });
    if (isAlias(node)) {
      const target = aliasTarget(doc, node);
      return target ? conv(target, ptr, depth + 1, via ?? (node as YamlNode), key) : null;
    }
    if (isScalar(node)) return node.value === undefined ? null : node.value;
    if (isSeq(node)) return seqItems(node).map((it, i) => conv(it, `${ptr}/${i}`, depth + 1, via, undefined));
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const merges: unknown[] = [];
      for (const pair of mapPairs(node)) {
        const k = pairKey(pair);
        if (k === null) continue;
        if (k === '<<' && !isScalarQuoted(pair)) {
          merges.push(pair.value);
          continue;
        }
        const tag = nodeTag(pair.value);
        if (tag && drop.has(tag)) continue; // nothing to validate
        const kn = via ?? (pair.key as YamlNode);
        out[k] = conv(pair.value, `${ptr}/${escapePointer(k)}`, depth + 1, via, kn);
      }
      // `<<: *base` / `<<: [*a, *b]`: keys not set explicitly come from the merged maps (the first one wins).
      for (const m of merges) {
        const sources = isSeq(m) ? seqItems(m) : [m];
        for (const s of sources) {
          // Converted at the map's own pointer: explicit keys were recorded first, so their locations win.
          const mv = conv(s, ptr, depth + 1, via, undefined);
          if (mv && typeof mv === 'object' && !Array.isArray(mv)) {
            for (const [k, v] of Object.entries(mv)) if (!(k in out)) out[k] = v;
          }
        }
      }
      return out;
    }
    return null;
  };
  const value = conv(doc.contents, '', 0, undefined, undefined);
  return { value, at, truncated };
}

function isScalarQuoted(pair: YamlPair): boolean {
  const k = pair.key as { type?: string } | null;
  return !!k && (k.type === 'QUOTE_DOUBLE' || k.type === 'QUOTE_SINGLE');
}

