// A kustomization in the Outline (each field, with the paths and names it lists), its paths as links, and go to
// definition from a path, a patch or an images/replicas entry.
import { posix } from 'node:path';
import type { DocumentSymbol, Location } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel, YamlFeatureContext } from '../kinds/yaml';
import { JSON_PATCH_KIND } from '../kinds/yaml';
import type { DocumentLinkSpec } from '../provider';
import type { WorkspaceFs } from '../workspace/fs';
import { dirOf, fileUri, kustomizationIn } from '../common/paths';
import { getValue, isMap, isSeq, mapPairs, pairKey, scalarString, seqItems, toRange } from '../yaml';
import { inputsOf, select, type GraphObject } from './graph';
import { kustomizationRefs, ownFacts } from './model';
import { inlineShape, patchEntries, patchFileShape } from './patches';

const KIND = { field: 8, item: 15 } as const; // Field, String

/** What a list item of a kustomization is called: the path, or its `path` / `name` / `newName`. */
function itemName(item: unknown): string | undefined {
  return scalarString(item) ?? scalarString(getValue(item, 'path')) ?? scalarString(getValue(item, 'name')) ?? scalarString(getValue(item, 'newName'));
}

export function kustomizeSymbols(model: DocumentModel, doc: YamlDocModel): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const p of mapPairs(doc.yaml.doc.contents)) {
    const key = pairKey(p);
    const keyRange = toRange(model.index, p.key as { range?: [number, number, number] });
    if (key === null || !keyRange) continue;
    const valueRange = toRange(model.index, p.value as { range?: [number, number, number] });
    const children: DocumentSymbol[] = [];
    if (isSeq(p.value)) {
      for (const item of seqItems(p.value)) {
        const name = itemName(item);
        const r = toRange(model.index, item as { range?: [number, number, number] });
        if (name && r) children.push({ name, kind: KIND.item, range: r, selectionRange: r });
      }
    }
    const detail = isMap(p.value) || isSeq(p.value) ? undefined : scalarString(p.value);
    out.push({ name: key, detail, kind: KIND.field, range: valueRange ? { start: keyRange.start, end: valueRange.end } : keyRange, selectionRange: keyRange, children });
  }
  return out;
}

/** Every path of a kustomization as a link: to the file, or to the kustomization of a folder. */
export function kustomizeLinks(model: DocumentModel, doc: YamlDocModel, fs: WorkspaceFs): DocumentLinkSpec[] {
  if (!fs.available || !fs.contains(model.path)) return [];
  const base = dirOf(model.path);
  const out: DocumentLinkSpec[] = [];
  for (const ref of kustomizationRefs(doc)) {
    const target = linkTarget(fs, posix.resolve(base, ref.value));
    const range = toRange(model.index, ref.node as { range?: [number, number, number] });
    if (target && range) out.push({ range, target });
  }
  return out;
}

/** Where a path leads: the file, a folder's kustomization, or nothing (missing, outside, a folder without one). */
function linkTarget(fs: WorkspaceFs, abs: string): string | undefined {
  if (!fs.contains(abs) || !fs.exists(abs)) return undefined;
  return fs.isDirectory(abs) ? kustomizationIn(fs, abs) : abs;
}

const at0 = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Go to definition: a path → its file (a folder → its kustomization); a patch (its path, inline text or target) → the
 * objects it changes; an `images` or `replicas` entry → the objects it acts on.
 */
export function kustomizeDefinition(ctx: YamlFeatureContext): Location[] {
  const { model, unit: doc, fs, workspace, cursor: at } = ctx;
  if (!fs.available || !fs.contains(model.path) || doc.kind === JSON_PATCH_KIND || at.role === 'none') return [];
  const ref = kustomizationRefs(doc).find((r) => r.node === at.node);
  const objects = (os: GraphObject[]) => os.map((o) => ({ uri: fileUri(o.file), range: o.range }));
  const path = at.path;
  const top = path[0];
  if ((top === 'patches' || top === 'patchesJson6902' || top === 'patchesStrategicMerge') && typeof path[1] === 'number') {
    const entry = patchEntries(doc.yaml.doc.contents).filter((e) => e.key === top)[path[1]];
    // On the path itself, the patch file first; then the objects it changes.
    const file = ref ? linkTarget(fs, posix.resolve(dirOf(model.path), ref.value)) : undefined;
    const b = inputsOf(fs, workspace, model.path, ownFacts(model, doc));
    let picked: GraphObject[] = [];
    if (entry?.target) picked = select(b.objects, entry.target) ?? [];
    else if (entry) {
      const shape = entry.inline ? inlineShape(model, entry.inline) : entry.file ? patchFileShape(fs, model.path, entry.file) : undefined;
      if (shape?.shape === 'smp') picked = b.objects.filter((o) => shape.docs.some((d) => d.kind === o.kind && (d.name === o.orgName || d.name === o.name) && d.group === o.group && d.version === o.version));
    }
    return [...(file ? [{ uri: fileUri(file), range: at0 }] : []), ...objects(picked)];
  }
  if (ref) {
    const file = linkTarget(fs, posix.resolve(dirOf(model.path), ref.value));
    return file ? [{ uri: fileUri(file), range: at0 }] : [];
  }
  if ((top === 'images' || top === 'replicas') && typeof path[1] === 'number' && path[2] === 'name') {
    const name = scalarString(at.node);
    if (!name) return [];
    const b = inputsOf(fs, workspace, model.path, ownFacts(model, doc));
    const hits = top === 'images' ? b.objects.filter((o) => o.images.includes(name)) : b.objects.filter((o) => o.orgName === name || o.name === name);
    return objects(hits);
  }
  return [];
}
