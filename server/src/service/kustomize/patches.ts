// The patches of a kustomization — `patches`, `patchesStrategicMerge`, `patchesJson6902` entries — and what each
// one is: a strategic-merge patch (partial objects that name their target by apiVersion, kind and metadata.name) or
// a JSON 6902 patch (a list of operations, which needs a `target`), read from its file or from the inline text.
// An inline block (`patch: |`) is parsed with its positions mapped back into the kustomization, so its problems are
// reported where they are written.
import type { DocumentModel } from '../model';
import type { WorkspaceFs } from '../workspace/fs';
import { dirOf } from '../common/paths';
import { getIn, getValue, isMap, isScalar, isSeq, mapPairs, pairKey, parseYamlFile, scalarString, seqItems, type YamlNode } from '../yaml';
import { isRemote } from './model';
import { splitApiVersion, type Selector } from './graph';
import { posix } from 'node:path';

export interface SmpDoc {
  group: string;
  version: string;
  kind?: string;
  name?: string;
  namespace?: string;
  /** `$patch: delete` and friends still name their target the same way. */
  images: string[];
}

/** What a patch's content is. `unknown`: neither (no apiVersion/kind/name, not a list of operations). */
export type PatchShape = { shape: 'smp'; docs: SmpDoc[] } | { shape: 'json'; ops: unknown; offset: (o: number) => number } | { shape: 'unknown' } | { shape: 'unreadable' };

export interface PatchEntry {
  key: 'patches' | 'patchesStrategicMerge' | 'patchesJson6902';
  /** The list item. */
  item: YamlNode;
  /** Where a problem of the entry as a whole is shown: its path, its `patch:` key, or the item. */
  anchor: YamlNode;
  target?: Selector;
  targetNode?: YamlNode;
  /** The `target` key (where a problem of the target is shown). */
  targetKey?: YamlNode;
  /** A patch file (resolved), when the entry names one. */
  file?: string;
  /** The inline patch text, when the entry has one. */
  inline?: YamlNode;
}

/** The patch entries of a kustomization (remote paths left out). */
export function patchEntries(root: unknown): PatchEntry[] {
  const out: PatchEntry[] = [];
  for (const item of seqItems(getValue(root, 'patchesStrategicMerge'))) {
    const v = scalarString(item);
    if (v === undefined) continue;
    if (v.includes('\n')) out.push({ key: 'patchesStrategicMerge', item: item as YamlNode, anchor: item as YamlNode, inline: item as YamlNode });
    else if (!isRemote(v)) out.push({ key: 'patchesStrategicMerge', item: item as YamlNode, anchor: item as YamlNode, file: v });
  }
  for (const key of ['patches', 'patchesJson6902'] as const) {
    for (const item of seqItems(getValue(root, key))) {
      if (!isMap(item)) continue;
      const pathNode = getValue(item, 'path');
      const path = scalarString(pathNode);
      const patchPair = mapPairs(item).find((p) => pairKey(p) === 'patch');
      const targetNode = getValue(item, 'target');
      const entry: PatchEntry = { key, item: item as YamlNode, anchor: (pathNode ?? patchPair?.key ?? item) as YamlNode };
      if (isMap(targetNode)) {
        entry.targetNode = targetNode as YamlNode;
        entry.targetKey = mapPairs(item).find((p) => pairKey(p) === 'target')?.key as YamlNode;
        const t: Selector = {};
        for (const f of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'] as const) {
          const v = scalarString(getValue(targetNode, f));
          if (v) t[f] = v;
        }
        entry.target = t;
      }
      if (path && !isRemote(path)) entry.file = path;
      else if (patchPair && isScalar(patchPair.value)) entry.inline = patchPair.value as YamlNode;
      else if (path) continue; // a remote patch
      out.push(entry);
    }
  }
  return out;
}

const MAX_PATCH_BYTES = 256 * 1024;
const shapes = new Map<string, PatchShape>();

/** What a patch file is (read through the confined fs; parsed once per text). */
export function patchFileShape(fs: WorkspaceFs, kustomization: string, file: string): PatchShape {
  const abs = posix.resolve(dirOf(kustomization), file);
  const text = fs.readFile(abs);
  if (text === undefined || text.length > MAX_PATCH_BYTES) return { shape: 'unreadable' };
  let hit = shapes.get(text);
  if (!hit) {
    hit = shapeOf(text, (o) => o);
    if (shapes.size > 200) shapes.clear();
    shapes.set(text, hit);
  }
  return hit;
}

/**
 * What an inline patch is. A literal block (`|`) is parsed with offsets mapped back to the kustomization; other
 * scalars are parsed for their shape only (their problems are reported on the whole value).
 */
export function inlineShape(model: DocumentModel, node: YamlNode): PatchShape {
  if (!isScalar(node) || typeof node.value !== 'string') return { shape: 'unknown' };
  const text = node.value;
  const r = node.range;
  let map: (o: number) => number = () => r?.[0] ?? 0;
  if (node.type === 'BLOCK_LITERAL' && r) {
    // Content line j of the value is line (header + 1 + j) of the file, indented by the block's indentation.
    const headerLine = model.index.positionAt(r[0]).line;
    const lines = text.split('\n');
    const starts: number[] = [];
    let acc = 0;
    for (const l of lines) {
      starts.push(acc);
      acc += l.length + 1;
    }
    const firstContent = model.index.lineText(headerLine + 1);
    const indent = firstContent.length - firstContent.trimStart().length;
    map = (o: number) => {
      let j = 0;
      while (j + 1 < starts.length && starts[j + 1] <= o) j++;
      const line = headerLine + 1 + j;
      if (line >= model.index.lineCount) return r[1];
      return model.index.lineStart(line) + indent + (o - starts[j]);
    };
  }
  return shapeOf(text, map);
}

function shapeOf(text: string, offset: (o: number) => number): PatchShape {
  let file;
  try {
    file = parseYamlFile(text);
  } catch {
    return { shape: 'unknown' };
  }
  const docs = file.docs.filter((d) => d.doc.contents !== null && d.doc.contents !== undefined);
  if (!docs.length || file.docs.some((d) => d.errors.length)) return { shape: 'unknown' };
  const first = docs[0].doc.contents;
  if (isSeq(first) && docs.length === 1) return { shape: 'json', ops: first, offset };
  const smp: SmpDoc[] = [];
  for (const d of docs) {
    const root = d.doc.contents;
    if (!isMap(root)) return { shape: 'unknown' };
    const kind = scalarString(getValue(root, 'kind'));
    const name = scalarString(getIn(root, ['metadata', 'name']));
    const apiVersion = scalarString(getValue(root, 'apiVersion'));
    const images: string[] = [];
    collectImages(root, images, 0);
    smp.push({ ...splitApiVersion(apiVersion), kind, name, namespace: scalarString(getIn(root, ['metadata', 'namespace'])), images });
  }
  return { shape: 'smp', docs: smp };
}

/** Container images a patch sets (`image:` under any `containers`/`initContainers` list). */
function collectImages(node: unknown, out: string[], depth: number): void {
  if (depth > 30) return;
  for (const p of mapPairs(node)) {
    const k = pairKey(p);
    if ((k === 'containers' || k === 'initContainers') && isSeq(p.value)) {
      for (const c of seqItems(p.value)) {
        const img = scalarString(getValue(c, 'image'));
        if (img) out.push(img);
      }
    } else if (isMap(p.value)) collectImages(p.value, out, depth + 1);
    else if (isSeq(p.value)) for (const i of seqItems(p.value)) collectImages(i, out, depth + 1);
  }
}
