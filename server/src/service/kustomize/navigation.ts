// A kustomization in the Outline: each field, with the paths and names it lists (resources, components, patches,
// images, generators …).
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import { getValue, isMap, isSeq, mapPairs, pairKey, scalarString, seqItems, toRange } from '../yaml';

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
