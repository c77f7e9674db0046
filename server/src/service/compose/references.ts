// The one table of Compose names that refer to something the file defines: service names in depends_on / links /
// extends / network_mode / volumes_from, named volumes in a service's volumes, networks, secrets (of the service and
// of its build), configs and models. The checks (DC006, DC007), go to definition, find references, rename and the
// hovers on uses and on definitions all read it, so they cannot drift apart.
import type { Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import { getValue, isMap, isSeq, nodeRange, scalarString, seqItems, type YamlNode } from '../yaml';
import { composeIndex, hasVariable, listOrMapNames, type Entry, type TopSection } from './model';
import { volumeOf } from './syntax';

export interface Reference {
  section: TopSection;
  name: string;
  /** The name in the text (part of a scalar for `db:/var/lib/mysql`, `service:web`, `db:alias`). */
  range: Range;
  /** The whole scalar or key that holds the name (what a diagnostic marks). */
  node: YamlNode;
  /** The key it is written under, as messages name it: `depends_on`, `links`, `extends.service`, `build.secrets` … */
  via: string;
  /** The service it is written in. */
  service: string;
  /** The definition, when the file has one. */
  target?: Entry;
  /** It holds a variable (`${DB}`): its value is not known here. */
  dynamic: boolean;
}

/** Where each reference comes from: one row per referencing key. */
interface Site {
  section: TopSection;
  via: string;
  /** The names this key holds in one service: the node, the name, and where the name starts in the scalar. */
  names(service: Entry): { node: YamlNode; name: string; from: number }[];
}

const scalarNames = (items: unknown[], pick: (text: string) => { name: string; from: number } | undefined = (t) => ({ name: t, from: 0 })) => {
  const out: { node: YamlNode; name: string; from: number }[] = [];
  for (const it of items) {
    const text = scalarString(it);
    if (text === undefined || !it || typeof it !== 'object') continue;
    const p = pick(text);
    if (p && p.name) out.push({ node: it as YamlNode, ...p });
  }
  return out;
};

/** `secrets: [name]` or `[{ source: name }]` (also configs and build.secrets). */
const sourceNames = (list: unknown) => scalarNames(isSeq(list) ? seqItems(list).map((it) => (isMap(it) ? getValue(it, 'source') : it)) : []);

const SITES: Site[] = [
  { section: 'services', via: 'depends_on', names: (s) => listOrMapNames(getValue(s.node, 'depends_on')).map((d) => ({ node: d.node, name: d.name, from: 0 })) },
  { section: 'services', via: 'links', names: (s) => scalarNames(seqItems(getValue(s.node, 'links')), (t) => ({ name: t.split(':')[0], from: 0 })) },
  {
    section: 'services',
    via: 'extends.service',
    names: (s) => {
      const ext = getValue(s.node, 'extends');
      return isMap(ext) && getValue(ext, 'file') === undefined ? scalarNames([getValue(ext, 'service')]) : [];
    },
  },
  { section: 'services', via: 'extends', names: (s) => (isMap(getValue(s.node, 'extends')) ? [] : scalarNames([getValue(s.node, 'extends')])) },
  { section: 'services', via: 'network_mode', names: (s) => scalarNames([getValue(s.node, 'network_mode')], (t) => (t.startsWith('service:') ? { name: t.slice(8), from: 8 } : undefined)) },
  {
    section: 'services',
    via: 'volumes_from',
    names: (s) =>
      scalarNames(seqItems(getValue(s.node, 'volumes_from')), (t) => {
        if (t.startsWith('container:')) return undefined;
        const from = t.startsWith('service:') ? 8 : 0;
        return { name: t.slice(from).split(':')[0], from };
      }),
  },
  {
    section: 'volumes',
    via: 'volumes',
    names: (s) => {
      const out: { node: YamlNode; name: string; from: number }[] = [];
      for (const it of seqItems(getValue(s.node, 'volumes'))) {
        const v = volumeOf(it);
        if (!v || v.type !== 'volume' || !v.source) continue;
        const node = isMap(it) ? getValue(it, 'source') : it;
        if (node && typeof node === 'object' && scalarString(node) !== undefined) out.push({ node: node as YamlNode, name: v.source, from: 0 });
      }
      return out;
    },
  },
  { section: 'networks', via: 'networks', names: (s) => listOrMapNames(getValue(s.node, 'networks')).filter((n) => n.name !== 'default').map((n) => ({ node: n.node, name: n.name, from: 0 })) },
  { section: 'secrets', via: 'secrets', names: (s) => sourceNames(getValue(s.node, 'secrets')) },
  { section: 'secrets', via: 'build.secrets', names: (s) => sourceNames(getValue(getValue(s.node, 'build'), 'secrets')) },
  { section: 'configs', via: 'configs', names: (s) => sourceNames(getValue(s.node, 'configs')) },
  { section: 'models', via: 'models', names: (s) => listOrMapNames(getValue(s.node, 'models')).map((m) => ({ node: m.node, name: m.name, from: 0 })) },
];

/** The range of `length` characters at `from` inside a scalar (past its opening quote, if quoted). */
export function partOf(model: DocumentModel, node: YamlNode, from: number, length: number): Range | undefined {
  const r = nodeRange(node as { range?: [number, number, number] });
  if (!r) return undefined;
  const quoted = model.text[r[0]] === '"' || model.text[r[0]] === "'" ? 1 : 0;
  return model.index.range(r[0] + quoted + from, r[0] + quoted + from + length);
}

const cache = new WeakMap<YamlDocModel, Reference[]>();

/** Every reference of a Compose document: service by service, in the order of the table. */
export function composeReferences(model: DocumentModel, doc: YamlDocModel): Reference[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const idx = composeIndex(doc);
  const out: Reference[] = [];
  for (const service of idx.services.values()) {
    for (const site of SITES) {
      for (const { node, name, from } of site.names(service)) {
        if (!name) continue;
        const range = partOf(model, node, from, name.length);
        if (!range) continue;
        out.push({ section: site.section, name, range, node, via: site.via, service: service.name, target: idx[site.section].get(name), dynamic: hasVariable(name) });
      }
    }
  }
  cache.set(doc, out);
  return out;
}

/** The reference whose name holds the offset. */
export function referenceAt(model: DocumentModel, doc: YamlDocModel, offset: number): Reference | undefined {
  for (const ref of composeReferences(model, doc)) {
    const start = model.index.offsetAt(ref.range.start);
    const end = model.index.offsetAt(ref.range.end);
    if (offset >= start && offset <= end) return ref;
  }
  return undefined;
}

/** A definition (a key under a top-level section) whose name holds the offset. */
export function definitionAt(model: DocumentModel, doc: YamlDocModel, offset: number): { section: TopSection; entry: Entry; range: Range } | undefined {
  const idx = composeIndex(doc);
  for (const section of ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'] as const) {
    for (const entry of idx[section].values()) {
      const r = nodeRange(entry.key as { range?: [number, number, number] });
      if (!r || offset < r[0] || offset > r[1]) continue;
      const range = partOf(model, entry.key, 0, entry.name.length);
      if (range) return { section, entry, range };
    }
  }
  return undefined;
}

/** The uses of a defined name. */
export function usesOf(model: DocumentModel, doc: YamlDocModel, section: TopSection, name: string): Reference[] {
  return composeReferences(model, doc).filter((r) => r.section === section && r.name === name);
}

/** One thing a definition says about itself: a key and its value (`ipam` has none shown). Possibly none at all. */
export interface Trait {
  key: string;
  value?: string;
}

/** What a service is: its image, what it builds (nothing when it has neither). */
export function describeService(e: Entry): Trait[] {
  const image = scalarString(getValue(e.node, 'image'));
  const build = getValue(e.node, 'build');
  const ctx = isMap(build) ? scalarString(getValue(build, 'context')) ?? '.' : scalarString(build);
  const out: Trait[] = [];
  if (image) out.push({ key: 'image', value: image });
  if (ctx !== undefined) out.push({ key: 'build', value: ctx });
  return out;
}

/** What a volume / network / secret / config entry is: driver, external, file, … (nothing for an empty entry). */
export function describeResource(e: Entry): Trait[] {
  const n = e.node;
  if (!isMap(n)) return [];
  const out: Trait[] = [];
  for (const k of ['driver', 'external', 'name', 'file', 'environment', 'model']) {
    const v = scalarString(getValue(n, k));
    if (v !== undefined) out.push({ key: k, value: v });
  }
  if (getValue(n, 'ipam') !== undefined) out.push({ key: 'ipam' });
  return out;
}
