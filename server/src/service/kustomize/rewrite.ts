// The kustomize v5 rewrites of deprecated fields, as `kustomize edit fix` does them, made as small text edits that
// keep the rest of the file (comments, order, quoting) as it was:
//   bases                 → appended to `resources` (kustomize itself appends them)
//   imageTags             → appended to `images`
//   patchesStrategicMerge → `patches` entries (`path:` for a file, `patch:` for an inline patch), put FIRST: kustomize
//                           applies strategic-merge patches before the `patches` list
//   patchesJson6902       → appended to `patches` (the entries have the same shape: target + path/patch)
//   commonLabels          → a `labels` entry with `includeSelectors: true` (selectors and templates, as before);
//                           no fix when a label name is in both (kustomize edit fix refuses too)
//   a generator's `env`   → appended to its `envs`
// `vars` (→ replacements) and `helmChartInflationGenerator` get no automatic fix: the first depends on every place a
// variable is used, in other files too; the second drops arguments helmCharts has no field for.
// test/unit/kustomizeRewrite.test.ts builds each rewritten kustomization with kubectl and compares the output.
import type { DocumentModel } from '../model';
import type { Fix } from '../types';
import { blockScalarLines, blockSeq, emitItems, getPair, getValue, isMap, isScalar, isSeq, mapPairs, nodeLines, pairKey, pairLines, seqItems, type TextEdit, type YamlPair } from '../yaml';

/** Where each deprecated field goes. */
export const REPLACEMENT: Record<string, string> = {
  bases: 'resources',
  imageTags: 'images',
  patchesStrategicMerge: 'patches',
  patchesJson6902: 'patches',
  commonLabels: 'labels',
  vars: 'replacements',
  helmChartInflationGenerator: 'helmCharts',
  env: 'envs',
};

const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** The fix for a deprecated top-level field of a kustomization (or a generator's `env`, with `host` its generator). */
export function rewriteFix(model: DocumentModel, host: unknown, pair: YamlPair): Fix | undefined {
  const key = pairKey(pair);
  if (key === null) return undefined;
  const edits = rewriteEdits(model, host, pair, key);
  if (!edits) return undefined;
  return { titleId: 'rewrite', args: { key, replacement: REPLACEMENT[key] }, edits: edits.map((e) => ({ range: model.index.range(e.start, e.end), newText: e.newText })), preferred: true };
}

function rewriteEdits(model: DocumentModel, host: unknown, pair: YamlPair, key: string): TextEdit[] | undefined {
  const { text, index } = model;
  switch (key) {
    case 'bases':
    case 'imageTags':
    case 'patchesJson6902': {
      const items = itemsOf(pair.value, (n) => nodeLines(text, index, n));
      return items && moveItems(model, host, pair, REPLACEMENT[key], items, 'end');
    }
    case 'patchesStrategicMerge': {
      const items = itemsOf(pair.value, (n) => psmEntry(text, index, n));
      return items && moveItems(model, host, pair, 'patches', items, 'start');
    }
    case 'env': {
      if (!isScalar(pair.value)) return undefined;
      const lines = nodeLines(text, index, pair.value);
      return lines && moveItems(model, host, pair, 'envs', [lines], 'end');
    }
    case 'commonLabels': {
      const pairs = mapPairs(pair.value);
      const existing = getValue(host, 'labels');
      const taken = new Set(seqItems(existing).flatMap((l) => mapPairs(getValue(l, 'pairs')).map(pairKey)));
      if (pairs.some((p) => taken.has(pairKey(p)))) return undefined;
      if (!pairs.length) {
        const lines = pairLines(text, index, pair);
        return lines && [{ start: lines.start, end: lines.end, newText: '' }];
      }
      const map = nodeLines(text, index, pair.value);
      if (!map) return undefined;
      const flow = isMap(pair.value) && (pair.value as { flow?: boolean }).flow;
      const entry = flow ? [`pairs: ${map.join(' ')}`] : ['pairs:', ...map.map((l) => `  ${l}`)];
      entry.push('includeSelectors: true');
      return moveItems(model, host, pair, 'labels', [entry], 'end');
    }
    default:
      return undefined;
  }
}

/** The items of a sequence as lines at column 0, or undefined when one of them cannot be moved as text. */
function itemsOf(seq: unknown, lines: (n: unknown) => string[] | undefined): string[][] | undefined {
  if (!isSeq(seq)) return seq === null || seq === undefined || (isScalar(seq) && seq.value === null) ? [] : undefined;
  const out: string[][] = [];
  for (const item of seqItems(seq)) {
    const l = lines(item);
    if (!l) return undefined;
    out.push(l);
  }
  return out;
}

/** A patchesStrategicMerge entry as a `patches` entry: a file path, or an inline patch (what kustomize edit fix decides by reading the file). */
function psmEntry(text: string, index: DocumentModel['index'], node: unknown): string[] | undefined {
  if (!isScalar(node)) return undefined;
  const block = blockScalarLines(text, node);
  if (block) return [`patch: ${block.header}`, ...block.lines.map((l) => (l.trim() ? `  ${l}` : ''))];
  const value = typeof node.value === 'string' ? node.value : undefined;
  if (value === undefined) return undefined;
  const lines = nodeLines(text, index, node);
  if (!lines || lines.length !== 1) return undefined; // a multi-line quoted patch: left to the user
  return [/\n/.test(value) ? `patch: ${lines[0]}` : `path: ${lines[0]}`];
}

/**
 * Remove `pair` and put its items into the sequence `target` of `host` (at its start or end), creating `target` in
 * the pair's place when `host` has none. Undefined when the edit cannot be made by whole lines.
 */
function moveItems(model: DocumentModel, host: unknown, pair: YamlPair, target: string, items: string[][], where: 'start' | 'end'): TextEdit[] | undefined {
  const { text, index } = model;
  const eol = eolOf(text);
  const from = pairLines(text, index, pair);
  if (!from) return undefined;
  const existing = getPair(host, target);
  const empty = !existing || existing.value === null || (isScalar(existing.value) && existing.value.value === null);
  if (empty) {
    // A new field in the deprecated one's place, its items at the dash column the old field used (or the key's).
    const old = isSeq(pair.value) ? blockSeq(text, index, pair.value) : undefined;
    const dashCol = old ? old.dashCol : from.indent;
    const head = `${' '.repeat(from.indent)}${target}:${eol}`;
    const replacement = head + emitItems(items, dashCol, eol);
    if (!existing) return [{ start: from.start, end: from.end, newText: items.length ? replacement : '' }];
    const gone = pairLines(text, index, existing);
    if (!gone) return undefined;
    return orderedEdits([{ start: from.start, end: from.end, newText: items.length ? replacement : '' }, { start: gone.start, end: gone.end, newText: '' }]);
  }
  const seq = blockSeq(text, index, existing.value);
  if (!seq) return undefined;
  if (!items.length) return [{ start: from.start, end: from.end, newText: '' }];
  const insert = { start: where === 'start' ? seq.start : seq.end, end: where === 'start' ? seq.start : seq.end, newText: emitItems(items, seq.dashCol, eol) };
  return orderedEdits([{ start: from.start, end: from.end, newText: '' }, insert]);
}

/** Two edits as LSP wants them: not overlapping, and one edit when they touch. */
function orderedEdits(edits: TextEdit[]): TextEdit[] | undefined {
  const [a, b] = [...edits].sort((x, y) => x.start - y.start || x.end - y.end);
  if (a.end > b.start) return undefined;
  if (a.end === b.start) return [{ start: a.start, end: b.end, newText: a.newText + b.newText }];
  return [a, b];
}
