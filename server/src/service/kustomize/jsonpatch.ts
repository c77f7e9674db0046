// JSON 6902 patches (RFC 6902), as kustomize applies them: each operation a map with an `op` (add, remove, replace,
// move, copy, test), a `path` that is a JSON pointer (`/spec/replicas`, `~1` for a `/` in a key, `-` for the end of
// a list), a `value` for add/replace/test and a `from` pointer for move/copy.
import { suggestName } from '../text';
import { getValue, isMap, mapPairs, pairKey, scalarString, seqItems, type YamlNode } from '../yaml';

export const JSON_PATCH_OPS = ['add', 'remove', 'replace', 'move', 'copy', 'test'] as const;
const NEEDS_VALUE = new Set(['add', 'replace', 'test']);
const NEEDS_FROM = new Set(['move', 'copy']);
const KEYS = ['op', 'path', 'value', 'from'];

export interface JsonPatchIssue {
  /** Offsets in the text the operations were parsed from. */
  at: [number, number];
  args: Record<string, string>;
  variant: string;
  /** A replacement for the text at `at` (a misspelt op or key). */
  replace?: string;
}

const rangeOf = (n: unknown): [number, number] | undefined => {
  const r = (n as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : undefined;
};

/** A JSON pointer: empty (the whole document) or `/`-separated tokens, `~` only as `~0`/`~1`. */
export function isJsonPointer(p: string): boolean {
  return p === '' || (p.startsWith('/') && !/~(?![01])/.test(p));
}

/** The problems of a list of operations. */
export function jsonPatchIssues(ops: unknown): JsonPatchIssue[] {
  const out: JsonPatchIssue[] = [];
  seqItems(ops).forEach((op, i) => {
    const where = String(i + 1);
    const itemAt = rangeOf(op);
    if (!isMap(op)) {
      if (itemAt) out.push({ at: itemAt, args: { n: where }, variant: 'notMap' });
      return;
    }
    for (const p of mapPairs(op)) {
      const k = pairKey(p);
      const at = rangeOf(p.key);
      if (k === null || KEYS.includes(k) || !at) continue;
      const s = suggestName(k, KEYS);
      out.push({ at, args: { n: where, key: k, suggestion: s ?? '' }, variant: s ? 'unknownKeySuggest' : 'unknownKey', replace: s });
    }
    const opNode = getValue(op, 'op');
    const name = scalarString(opNode);
    const firstKey = rangeOf(mapPairs(op)[0]?.key) ?? itemAt;
    if (name === undefined) {
      if (firstKey) out.push({ at: firstKey, args: { n: where, missing: 'op', allowed: JSON_PATCH_OPS.join(', ') }, variant: 'missingOp' });
      return;
    }
    if (!(JSON_PATCH_OPS as readonly string[]).includes(name)) {
      const s = suggestName(name.toLowerCase(), [...JSON_PATCH_OPS]) ?? (JSON_PATCH_OPS as readonly string[]).find((o) => o === name.toLowerCase());
      const at = rangeOf(opNode);
      if (at) out.push({ at, args: { n: where, op: name, allowed: JSON_PATCH_OPS.join(', '), suggestion: s ?? '' }, variant: s ? 'opSuggest' : 'op', replace: s });
      return;
    }
    const pathNode = getValue(op, 'path');
    const path = scalarString(pathNode);
    const opAt = rangeOf(opNode) ?? firstKey;
    if (path === undefined) {
      if (opAt) out.push({ at: opAt, args: { n: where, op: name, missing: 'path' }, variant: 'missing' });
    } else if (!isJsonPointer(path)) {
      const at = rangeOf(pathNode);
      const fixed = path.includes('/') || !path.includes('.') ? `/${path.replace(/^\/*/, '')}` : `/${path.split('.').join('/')}`;
      if (at) out.push({ at, args: { n: where, path, suggestion: fixed }, variant: 'pointer', replace: fixed });
    }
    if (NEEDS_VALUE.has(name) && !mapPairs(op).some((p) => pairKey(p) === 'value') && opAt) out.push({ at: opAt, args: { n: where, op: name, missing: 'value' }, variant: 'missing' });
    if (NEEDS_FROM.has(name)) {
      const fromNode = getValue(op, 'from');
      const from = scalarString(fromNode);
      if (from === undefined) {
        if (opAt) out.push({ at: opAt, args: { n: where, op: name, missing: 'from' }, variant: 'missing' });
      } else if (!isJsonPointer(from)) {
        const at = rangeOf(fromNode);
        if (at) out.push({ at, args: { n: where, path: from, suggestion: `/${from.replace(/^\/*/, '')}` }, variant: 'pointer', replace: `/${from.replace(/^\/*/, '')}` });
      }
    }
  });
  return out;
}

export type { YamlNode };
