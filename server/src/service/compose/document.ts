// A Compose document, understood once per document version: the YAML AST turned into plain JS for the schema
// validator (bounded: aliases and `<<` merge keys are expanded within a budget, `!reset` entries are dropped) with
// the node behind every JSON pointer, and an index of the services, volumes, networks, secrets and configs.
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

/** The compose file's folder (paths in the file are relative to it). */
export function composeDir(model: DocumentModel): string {
  const p = model.path.replace(/\\/g, '/');
  const i = p.lastIndexOf('/');
  return i > 0 ? p.slice(0, i) : '/';
}

/** Resolve a path written in the compose file against its folder ('~' and absolute paths are taken as they are). */
export function resolvePath(base: string, p: string): string {
  if (p.startsWith('/')) return normalize(p);
  return normalize(`${base}/${p}`);
}

function normalize(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

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
