// Kustomize completion: the fields of the struct at the cursor (fields.ts; the deprecated ones last, named as such,
// the ones newer than kubectl's kustomize left out), values of enumerations (generator behavior, sortOptions.order,
// buildMetadata, JSON patch ops, kind and apiVersion), paths to files and folders relative to the kustomization
// (folders with a kustomization for resources and components), and from the build graph the kinds, names and
// groups of its objects for a patch target, its images for `images[].name`, its workloads for `replicas[].name`.
import { posix } from 'node:path';
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionSpec } from '../provider';
import type { YamlFeatureContext } from '../kinds/yaml';
import { JSON_PATCH_KIND } from '../kinds/yaml';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { dirOf, kustomizationIn } from '../common/paths';
import { snippetCompletions } from '../snippets';
import { yamlCompletionContext } from '../yaml/completion';
import { matchPath, type YamlPath } from '../yaml';
import { KUSTOMIZE_API, structOf, typeAtPath, typeLabel, type KType } from './fields';
import { inputsOf } from './graph';
import { ownFacts, type PathExpect } from './model';
import { JSON_PATCH_OPS } from './jsonpatch';

const PROPERTY = CompletionItemKind.Property;
const ENUM = CompletionItemKind.EnumMember;
const FILE = CompletionItemKind.File;
const FOLDER = CompletionItemKind.Folder;
const REFERENCE = CompletionItemKind.Reference;

/** Fields whose values (or list items) are paths, and what they should point at. */
const PATH_FIELDS: [string, PathExpect][] = [
  ['resources.[]', 'resource'],
  ['bases.[]', 'resource'],
  ['components.[]', 'kustomization'],
  ['crds.[]', 'file'],
  ['patchesStrategicMerge.[]', 'file'],
  ['configurations.[]', 'file'],
  ['generators.[]', 'resource'],
  ['transformers.[]', 'resource'],
  ['validators.[]', 'resource'],
  ['patches.[].path', 'file'],
  ['patchesJson6902.[].path', 'file'],
  ['replacements.[].path', 'file'],
  ['configMapGenerator.[].files.[]', 'any'],
  ['secretGenerator.[].files.[]', 'any'],
  ['configMapGenerator.[].envs.[]', 'file'],
  ['secretGenerator.[].envs.[]', 'file'],
  ['openapi.path', 'file'],
  ['helmCharts.[].valuesFile', 'file'],
];
const PATH_PATTERNS = PATH_FIELDS.map(([p, e]) => [p.split('.'), e] as const);

/** The knowledge-base entry that explains a path (the one hover would show). */
function entryFor(kb: KnowledgeBase, path: YamlPath): string | undefined {
  const last = path[path.length - 1];
  for (const m of kb.candidates('kustomize', typeof last === 'number' ? '*' : last)) {
    if (!m.kinds && matchPath(m.pattern, path)) return m.entry.id;
  }
  return undefined;
}

function snippetFor(field: string, type: KType): string {
  if (typeof type === 'object' && 'enum' in type) return `${field}: \${1|${type.enum.join(',')}|}`;
  if (type === 'boolean') return `${field}: \${1|true,false|}`;
  if (typeof type === 'object' && 'list' in type) return `${field}:\n  - $0`;
  if (typeof type === 'object' && ('map' in type || 'struct' in type)) return `${field}:\n  $0`;
  return `${field}: $0`;
}

export function kustomizeComplete(ctx: YamlFeatureContext): CompletionSpec[] {
  const { model, unit: doc, offset, kb } = ctx;
  const cc = yamlCompletionContext(doc.yaml.doc, model.index, offset, doc.yaml.start);
  if (!cc) return [];
  const p = cc.path;
  const range = cc.range;
  const out: CompletionSpec[] = [];

  if (doc.kind === JSON_PATCH_KIND) {
    if (cc.role === 'value' && p[p.length - 1] === 'op') for (const op of JSON_PATCH_OPS) out.push({ label: op, kind: ENUM, range, entryId: `kustomize.jsonpatch.op.${op}` });
    else if (cc.role === 'key') for (const k of ['op', 'path', 'value', 'from']) if (!cc.existingKeys.has(k)) out.push({ label: k, kind: PROPERTY, range, insertText: `${k}: $0`, snippet: true, entryId: `kustomize.jsonpatch.${k}`, retrigger: k === 'op' });
    return out;
  }

  // A list item being started (`- |`) or a value: a path, a name from the build, or a value of an enumeration.
  const valuePath = cc.role === 'value' ? p : cc.inSequenceItem ? (typeof p[p.length - 1] === 'number' ? p : [...p, 0]) : undefined;
  if (valuePath) {
    const pathKind = PATH_PATTERNS.find(([pattern]) => matchPath(pattern, valuePath))?.[1];
    if (pathKind) return pathCompletions(ctx, cc.word, range, pathKind);
    const names = graphNames(ctx, valuePath);
    if (names) return names.map((n) => ({ label: n.label, kind: REFERENCE, range, detail: n.detail }));
    if (valuePath.length === 1 && valuePath[0] === 'kind') return Object.keys(KUSTOMIZE_API).map((k) => ({ label: k, kind: ENUM, range, entryId: k === 'Component' ? 'kustomize.component' : 'kustomize.kustomization' }));
    if (valuePath.length === 1 && valuePath[0] === 'apiVersion') {
      const kind = doc.kind && KUSTOMIZE_API[doc.kind] ? doc.kind : 'Kustomization';
      return [{ label: KUSTOMIZE_API[kind], kind: ENUM, range }];
    }
    const t = typeAtPath(valuePath);
    const values = t && typeof t === 'object' && 'enum' in t ? t.enum : t === 'boolean' ? ['true', 'false'] : undefined;
    const key = valuePath[valuePath.length - 1];
    for (const v of values ?? []) {
      const id = key === 'behavior' ? `kustomize.value.behavior.${v}` : key === 'order' ? `kustomize.value.sortOptions.order.${v}` : undefined;
      out.push({ label: v, kind: ENUM, range, entryId: id && kb.get(id) ? id : undefined });
    }
    if (cc.role === 'value' || !cc.inSequenceItem) return out;
  }

  // Keys of the struct at the cursor.
  if (cc.inSequenceItem && p.length && typeof p[p.length - 1] !== 'number') {
    const item = typeAtPath([...p, 0]);
    if (!item || typeof item !== 'object' || !('struct' in item)) return out;
    return [...out, ...fieldsOf(ctx, item.struct, [...p, 0], new Set())];
  }
  const t = p.length === 0 ? ({ struct: 'Kustomization' } as KType) : typeAtPath(p);
  if (!t || typeof t !== 'object' || !('struct' in t)) return out;
  // Snippets of top-level blocks (a generator, image overrides); whole kustomizations come from the facade.
  const snippets = p.length === 0 ? snippetCompletions('kustomize', 'top', range) : [];
  return [...out, ...fieldsOf(ctx, t.struct, p, cc.existingKeys), ...snippets];

  function fieldsOf(c: YamlFeatureContext, struct: string, at: YamlPath, existing: Set<string>): CompletionSpec[] {
    const fields = structOf(struct) ?? {};
    const res: CompletionSpec[] = [];
    for (const [name, f] of Object.entries(fields)) {
      if (f.since || existing.has(name)) continue;
      const spec: CompletionSpec = {
        label: name,
        kind: PROPERTY,
        range,
        insertText: snippetFor(name, f.type),
        snippet: true,
        detail: f.deprecated ? `deprecated → ${f.deprecated}` : typeLabel(f.type),
        sortText: `${f.deprecated ? 9 : 0}${name}`,
        retrigger: typeof f.type === 'object' && 'list' in f.type,
      };
      const id = entryFor(c.kb, [...at, name]);
      if (id) spec.entryId = id;
      res.push(spec);
    }
    return res;
  }
}

/** Files and folders next to the kustomization (and in the folder being typed), as the field expects them. */
function pathCompletions(ctx: YamlFeatureContext, word: string, range: CompletionSpec['range'], expect: PathExpect): CompletionSpec[] {
  const { model, fs } = ctx;
  if (!fs.available || !fs.contains(model.path)) return [];
  const typed = word.replace(/^['"]/, '');
  const slash = typed.lastIndexOf('/');
  const prefix = slash >= 0 ? typed.slice(0, slash + 1) : '';
  const dir = posix.resolve(dirOf(model.path), prefix || '.');
  const entries = fs.readDir(dir) ?? [];
  const out: CompletionSpec[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const abs = posix.join(dir, e.name);
    if (abs === model.path || abs === dirOf(model.path)) continue;
    if (e.dir) {
      const hasK = !!kustomizationIn(fs, abs);
      out.push({ label: `${prefix}${e.name}/`, kind: FOLDER, range, detail: hasK ? 'kustomization' : undefined, sortText: `${(expect === 'resource' || expect === 'kustomization') && hasK ? 0 : 2}${e.name}`, retrigger: !hasK || expect === 'any' });
    } else if (e.file && expect !== 'kustomization') {
      const yaml = /\.(?:ya?ml|json)$/i.test(e.name);
      if (expect === 'resource' && !yaml) continue;
      out.push({ label: `${prefix}${e.name}`, kind: FILE, range, sortText: `${yaml || expect === 'any' ? 1 : 3}${e.name}` });
    }
  }
  // `../` leads to the bases.
  if (!prefix || /^(?:\.\.\/)+$/.test(prefix)) out.push({ label: `${prefix}../`, kind: FOLDER, range, sortText: '5', retrigger: true });
  return out;
}

/** Names from the build for patch targets, `images[].name` and `replicas[].name`. */
function graphNames(ctx: YamlFeatureContext, p: YamlPath): { label: string; detail: string }[] | undefined {
  const { model, unit: doc, fs, workspace } = ctx;
  const top = p[0];
  const field = p[p.length - 1];
  const inTarget = (top === 'patches' || top === 'patchesJson6902') && p[2] === 'target' && p.length === 4;
  const isImage = (top === 'images' || top === 'imageTags') && p.length === 3 && field === 'name';
  const isReplica = top === 'replicas' && p.length === 3 && field === 'name';
  if (!inTarget && !isImage && !isReplica) return undefined;
  if (!fs.available || !fs.contains(model.path)) return [];
  const b = inputsOf(fs, workspace, model.path, ownFacts(model, doc));
  const uniq = (xs: { label: string; detail: string }[]) => [...new Map(xs.filter((x) => x.label).map((x) => [x.label, x])).values()];
  if (isImage) return uniq(b.objects.flatMap((o) => o.images.map((i) => ({ label: i, detail: `${o.kind} ${o.name}` }))));
  if (isReplica) return uniq(b.objects.filter((o) => ['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController'].includes(o.kind ?? '')).map((o) => ({ label: o.orgName ?? '', detail: o.kind ?? '' })));
  if (field === 'kind') return uniq(b.objects.map((o) => ({ label: o.kind ?? '', detail: o.group ? `${o.group}/${o.version}` : o.version })));
  if (field === 'name') return uniq(b.objects.map((o) => ({ label: o.orgName ?? '', detail: o.kind ?? '' })));
  if (field === 'group') return uniq(b.objects.filter((o) => o.group).map((o) => ({ label: o.group, detail: o.kind ?? '' })));
  if (field === 'version') return uniq(b.objects.map((o) => ({ label: o.version, detail: o.kind ?? '' })));
  if (field === 'namespace') return uniq(b.objects.filter((o) => o.namespace).map((o) => ({ label: o.namespace!, detail: o.kind ?? '' })));
  return undefined;
}
