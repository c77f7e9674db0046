// Names in a Compose file that refer to something defined elsewhere in it: service names in depends_on / links /
// extends / network_mode / volumes_from, named volumes in a service's volumes, networks, secrets, configs, models.
import type { Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import { getValue, isMap, isSeq, nodeRange, pathAt, scalarString, type YamlPath } from '../yaml';
import { composeIndex, type Entry, type TopSection } from './document';
import { volumeOf } from './syntax';

export interface Reference {
  section: TopSection;
  name: string;
  /** The range of the name in the text (part of a scalar for `db:/var/lib/mysql` or `service:web`). */
  range: Range;
  target?: Entry;
}

const seg = (p: YamlPath, i: number) => p[i];

/** The reference under the cursor, if any (the cursor must be on the name itself, not on `service:` before it). */
export function referenceAt(model: DocumentModel, doc: YamlDocModel, offset: number): Reference | undefined {
  const ref = referenceIn(model, doc, offset);
  if (!ref) return undefined;
  const start = model.index.offsetAt(ref.range.start);
  const end = model.index.offsetAt(ref.range.end);
  return offset >= start && offset <= end ? ref : undefined;
}

function referenceIn(model: DocumentModel, doc: YamlDocModel, offset: number): Reference | undefined {
  const at = pathAt(doc.yaml.doc, offset);
  if (!at.node || at.role === 'none') return undefined;
  const p = at.path;
  if (p.length < 3 || seg(p, 0) !== 'services') return undefined;
  const idx = composeIndex(doc);
  const key = String(seg(p, 2));
  const text = scalarString(at.node);
  const r = nodeRange(at.node as { range?: [number, number, number] });
  if (text === undefined || !r) return undefined;
  const quoted = model.text[r[0]] === '"' || model.text[r[0]] === "'" ? 1 : 0;
  const part = (from: number, len: number): Range => model.index.range(r[0] + quoted + from, r[0] + quoted + from + len);
  const make = (section: TopSection, name: string, range: Range): Reference => ({ section, name, range, target: idx[section].get(name) });

  // services.<s>.depends_on: [a] / { a: … }, links: [a:alias]
  if ((key === 'depends_on' || key === 'links') && p.length === 4) {
    if (key === 'depends_on' && at.role === 'key' && typeof p[3] === 'string') return make('services', text, part(0, text.length));
    if (at.role === 'value' && typeof p[3] === 'number') {
      const name = key === 'links' ? text.split(':')[0] : text;
      return make('services', name, part(0, name.length));
    }
  }
  if (key === 'extends' && at.role === 'value' && (p.length === 3 || (p.length === 4 && p[3] === 'service'))) {
    if (p.length === 4 && getValue(getValue(getValue(getValue(doc.yaml.doc.contents, 'services'), String(p[1])), 'extends'), 'file') !== undefined) return undefined;
    return make('services', text, part(0, text.length));
  }
  if (key === 'network_mode' && at.role === 'value' && text.startsWith('service:')) return make('services', text.slice(8), part(8, text.length - 8));
  if (key === 'volumes_from' && at.role === 'value' && p.length === 4 && !text.startsWith('container:')) {
    const name = text.replace(/^service:/, '').split(':')[0];
    return make('services', name, part(text.startsWith('service:') ? 8 : 0, name.length));
  }
  // services.<s>.volumes: ["db:/var/lib/mysql"] or [{ type: volume, source: db }]
  if (key === 'volumes' && at.role === 'value') {
    if (p.length === 4 && typeof p[3] === 'number') {
      const v = volumeOf(at.node);
      if (v?.type === 'volume' && v.source && text.startsWith(v.source)) return make('volumes', v.source, part(0, v.source.length));
    }
    if (p.length === 5 && p[4] === 'source') {
      const item = at.parent;
      if (isMap(item) && volumeOf(item)?.type === 'volume') return make('volumes', text, part(0, text.length));
    }
  }
  // services.<s>.networks: [n] / { n: … }
  if (key === 'networks' && p.length === 4) {
    if ((at.role === 'key' && typeof p[3] === 'string') || (at.role === 'value' && typeof p[3] === 'number')) return text === 'default' ? undefined : make('networks', text, part(0, text.length));
  }
  // services.<s>.secrets / configs: [name] / [{ source: name }]; models: [m] / { m: … }
  for (const section of ['secrets', 'configs', 'models'] as const) {
    if (key !== section) continue;
    if (p.length === 4 && at.role === 'value' && typeof p[3] === 'number') return make(section, text, part(0, text.length));
    if (p.length === 4 && at.role === 'key' && section === 'models') return make(section, text, part(0, text.length));
    if (p.length === 5 && p[4] === 'source' && at.role === 'value') return make(section, text, part(0, text.length));
  }
  return undefined;
}

/** What a service is, in one line: its image, or what it builds. */
export function describeService(e: Entry): string {
  const image = scalarString(getValue(e.node, 'image'));
  const build = getValue(e.node, 'build');
  const ctx = isMap(build) ? scalarString(getValue(build, 'context')) ?? '.' : scalarString(build);
  const parts: string[] = [];
  if (image) parts.push(`image \`${image}\``);
  if (ctx !== undefined) parts.push(`build \`${ctx}\``);
  return parts.join(', ') || '—';
}

/** What a volume / network / secret / config entry is: driver, external, file, … */
export function describeResource(e: Entry): string {
  const n = e.node;
  if (!isMap(n)) return '—';
  const bits: string[] = [];
  for (const k of ['driver', 'external', 'name', 'file', 'environment', 'model']) {
    const v = scalarString(getValue(n, k));
    if (v !== undefined) bits.push(`${k}: \`${v}\``);
  }
  if (isSeq(getValue(n, 'ipam'))) bits.push('ipam');
  return bits.join(', ') || '—';
}
