// Compose completion: keys by context from the Compose Specification schema (with knowledge-base documentation),
// enum-like values, service names in depends_on / links / extends, declared volumes and networks, and the stage
// names of the Dockerfile in build.target.
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionSpec } from '../provider';
import type { YamlFeatureContext } from '../kinds/yaml';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { yamlCompletionContext } from '../yaml/completion';
import { getIn, matchPath, type YamlPath } from '../yaml';
import { composeSpec, enumValues, isCollection, objectBranch, schemaAt } from './schema';
import { knownValues } from './values';
import { composeIndex } from './model';
import { buildOf, stageNames } from './build';
import { snippetCompletions } from '../snippets';

const PROPERTY = CompletionItemKind.Property;
const REFERENCE = CompletionItemKind.Reference;
const ENUM = CompletionItemKind.EnumMember;

export function composeComplete(ctx: YamlFeatureContext): CompletionSpec[] {
  const { model, unit: doc, offset, kb } = ctx;
  const cc = yamlCompletionContext(doc.yaml.doc, model.index, offset, doc.yaml.start);
  if (!cc) return [];
  const idx = composeIndex(doc);
  const p = cc.path;
  const out: CompletionSpec[] = [];
  const range = cc.range;
  const self = p[0] === 'services' ? String(p[1]) : undefined;
  const names = (m: Map<string, unknown>, exclude: Set<string>, kind: CompletionItemKind, detail: string) => {
    for (const n of m.keys()) if (!exclude.has(n)) out.push({ label: n, kind, range, detail });
  };
  const listed = (node: unknown): Set<string> => {
    const s = new Set<string>();
    for (const v of (Array.isArray((node as { items?: unknown[] })?.items) ? (node as { items: { value?: unknown; key?: { value?: unknown } }[] }).items : [])) {
      const name = v && typeof v === 'object' && 'key' in v ? v.key?.value : v?.value;
      if (name !== undefined && name !== null) s.add(String(name));
    }
    return s;
  };

  // Names: services in depends_on / links, volumes and networks of a service.
  if (p[0] === 'services' && p.length === 4 && cc.role === 'key') {
    const key = p[2];
    const existing = listed(getIn(doc.yaml.doc.contents, p.slice(0, 3)));
    if ((key === 'depends_on' || key === 'links') && (typeof p[3] === 'number' || cc.inSequenceItem)) {
      names(idx.services, new Set([...existing, self ?? '']), REFERENCE, 'service');
      return out;
    }
    if (key === 'networks' && (typeof p[3] === 'number' || cc.inSequenceItem)) {
      names(idx.networks, existing, REFERENCE, 'network');
      return out;
    }
    if (key === 'volumes' && (typeof p[3] === 'number' || cc.inSequenceItem)) {
      for (const n of idx.volumes.keys()) out.push({ label: n, kind: REFERENCE, range, insertText: `${n}:$0`, snippet: true, detail: 'volume' });
      return out;
    }
    if ((key === 'secrets' || key === 'configs') && (typeof p[3] === 'number' || cc.inSequenceItem)) {
      names(key === 'secrets' ? idx.secrets : idx.configs, existing, REFERENCE, key.slice(0, -1));
      return out;
    }
  }
  if (cc.role === 'key' && p[0] === 'services' && p.length === 3 && (p[2] === 'depends_on' || p[2] === 'networks') && !cc.inSequenceItem) {
    const target = p[2] === 'depends_on' ? idx.services : idx.networks;
    const exclude = new Set([...cc.existingKeys, self ?? '']);
    for (const n of target.keys()) if (!exclude.has(n)) out.push({ label: n, kind: REFERENCE, range, insertText: `${n}:\n  $0`, snippet: true, detail: p[2] === 'depends_on' ? 'service' : 'network' });
    return out;
  }

  if (cc.role === 'value') {
    if (p[0] === 'services' && ((p.length === 4 && p[2] === 'extends' && p[3] === 'service') || (p.length === 3 && p[2] === 'extends'))) {
      names(idx.services, new Set([self ?? '']), REFERENCE, 'service');
      return out;
    }
    if (p[0] === 'services' && p.length === 4 && p[2] === 'build' && p[3] === 'target') {
      const service = idx.services.get(String(p[1]));
      const build = service && buildOf(model, service);
      for (const s of (build && stageNames(model, build, ctx.workspace)) ?? []) out.push({ label: s, kind: REFERENCE, range, detail: 'stage' });
      return out;
    }
    for (const v of valuesFor(p)) out.push({ label: v, kind: ENUM, range, entryId: valueEntryId(kb, p, v) });
    if (p[0] === 'services' && p.length === 3 && p[2] === 'network_mode') {
      for (const n of idx.services.keys()) if (n !== self) out.push({ label: `service:${n}`, kind: REFERENCE, range });
    }
    return out;
  }

  // Keys from the schema.
  if (cc.inSequenceItem && p.length && typeof p[p.length - 1] !== 'number') return out;
  const schema = p.length === 0 ? composeSpec() : objectBranch(schemaAt(p));
  const props = schema?.properties ?? {};
  for (const [key, sub] of Object.entries(props)) {
    if (cc.existingKeys.has(key)) continue;
    if (p.length === 0 && key === 'version') continue; // obsolete
    const coll = isCollection(sub);
    const insertText = coll === 'map' ? `${key}:\n  $0` : coll === 'list' ? `${key}:\n  - $0` : `${key}: $0`;
    const entryId = keyEntryId(kb, [...p, key]);
    out.push({ label: key, kind: PROPERTY, range, insertText, snippet: true, entryId, retrigger: coll === undefined });
  }
  // Snippets: a whole service under `services:`, a block of a service's keys (logging, a healthcheck …).
  if (!cc.inSequenceItem && p[0] === 'services' && p.length <= 2) out.push(...snippetCompletions('compose', p.length === 1 ? 'service' : 'service-key', range));
  return out;
}

function valuesFor(path: YamlPath): readonly string[] {
  return knownValues(path) ?? enumValues(schemaAt(path));
}

function keyEntryId(kb: KnowledgeBase, path: YamlPath): string | undefined {
  const last = path[path.length - 1];
  for (const m of kb.candidates('compose', typeof last === 'number' ? '*' : last)) {
    if (m.role === 'value') continue;
    if (matchPath(m.pattern, path)) return m.entry.id;
  }
  return undefined;
}

function valueEntryId(kb: KnowledgeBase, path: YamlPath, value: string): string | undefined {
  const key = path[path.length - 1];
  const id =
    key === 'restart' ? `compose.value.restart.${value}` :
    key === 'pull_policy' ? `compose.value.pull_policy.${value}` :
    key === 'network_mode' ? `compose.value.network_mode.${value}` :
    key === 'condition' && path[2] === 'depends_on' ? `compose.value.condition.${value}` :
    key === 'driver' && path[2] === 'logging' ? `compose.value.logging.${value}` : undefined;
  return id && kb.get(id) ? id : undefined;
}

