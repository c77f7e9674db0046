// The Compose model: what every Compose rule, hover, completion and definition reads, built once per document
// version — the services, volumes, networks, secrets, configs and models a document defines (the names that refer
// to them are in references.ts, one table for checks, navigation and rename).
import type { Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import { getValue, isMap, isSeq, isYamlNode, mapPairs, pairKey, scalarString, seqItems, toRange, type YamlNode } from '../yaml';

export interface Entry {
  name: string;
  key: YamlNode;
  /** The entry's value node (a map for most entries; may be null/scalar while typing). */
  node: unknown;
}

export interface ComposeIndex {
  root: unknown;
  services: Map<string, Entry>;
  volumes: Map<string, Entry>;
  networks: Map<string, Entry>;
  secrets: Map<string, Entry>;
  configs: Map<string, Entry>;
  models: Map<string, Entry>;
  /** The document uses `include` or `extends.file`: resources may come from other files. */
  hasInclude: boolean;
}

export const TOP_SECTIONS = ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'] as const;
export type TopSection = (typeof TOP_SECTIONS)[number];

const indexCache = new WeakMap<YamlDocModel, ComposeIndex>();

export function composeIndex(ydoc: YamlDocModel): ComposeIndex {
  const hit = indexCache.get(ydoc);
  if (hit) return hit;
  const root = ydoc.yaml.doc.contents;
  const section = (name: string) => {
    const m = new Map<string, Entry>();
    for (const p of mapPairs(getValue(root, name))) {
      const k = pairKey(p);
      if (k === null || k.startsWith('x-') || !isYamlNode(p.key)) continue;
      m.set(k, { name: k, key: p.key, node: p.value });
    }
    return m;
  };
  const idx: ComposeIndex = {
    root,
    services: section('services'),
    volumes: section('volumes'),
    networks: section('networks'),
    secrets: section('secrets'),
    configs: section('configs'),
    models: section('models'),
    hasInclude: getValue(root, 'include') !== undefined,
  };
  for (const s of idx.services.values()) if (isMap(getValue(s.node, 'extends')) && getValue(getValue(s.node, 'extends'), 'file') !== undefined) idx.hasInclude = true;
  indexCache.set(ydoc, idx);
  return idx;
}

/** The value of a service key, following one alias (`image: *img`). */
export function serviceValue(service: Entry, key: string): unknown {
  return getValue(service.node, key);
}

export function str(node: unknown): string | undefined {
  return scalarString(node);
}

export function rangeOf(model: DocumentModel, node: unknown): Range | undefined {
  return toRange(model.index, node as { range?: [number, number, number] });
}

/** Contains a variable (`$VAR`, `${VAR}`): its value is not known without the environment. */
export const hasVariable = (s: string) => /\$(?:\{|[A-Za-z_])/.test(s.replace(/\$\$/g, ''));

/** Entries of a list-or-map key (`depends_on: [a, b]` or `depends_on: { a: {…} }`): name + the node to mark. */
export function listOrMapNames(node: unknown): { name: string; node: YamlNode }[] {
  const out: { name: string; node: YamlNode }[] = [];
  if (isSeq(node)) {
    for (const it of seqItems(node)) {
      const s = scalarString(it);
      if (s !== undefined && isYamlNode(it)) out.push({ name: s, node: it });
    }
  } else if (isMap(node)) {
    for (const p of mapPairs(node)) {
      const k = pairKey(p);
      if (k !== null && !k.startsWith('x-') && isYamlNode(p.key)) out.push({ name: k, node: p.key });
    }
  }
  return out;
}
