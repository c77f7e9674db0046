// Kubernetes completion from the field tree: the fields of the object at the cursor (required ones first, each with a
// snippet for the shape of its value and its explanation), enumerated values, kinds for an apiVersion and apiVersions
// for a kind; and, from the workspace index, the names a reference may take (ConfigMaps, Secrets, ServiceAccounts,
// Services and their ports, keys) and the label keys and values that pod templates carry, inside selectors.
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionSpec } from '../provider';
import type { YamlFeatureContext } from '../kinds/yaml';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { FileFacts } from '../workspace/facts';
import { yamlCompletionContext } from '../yaml/completion';
import { getIn, getValue, matchPath, scalarString, type YamlPath } from '../yaml';
import { apiVersions, apiVersionsOfKind, definition, kindDefinition, kindsOf, shapeOf, shortName, typeAtPath, typeLabel, type FieldType } from './schema';
import { FIELD_CONSTRAINTS } from './constraints';
import { removalOf } from './deprecations';
import { k8sModel } from './model';
import { objectsOfKind, podTemplates, sameNamespace, type RefTarget } from './references';
import { apiFieldEntry, valueEntryId } from './hover';
import { withOwnFacts } from './own';
import { snippetCompletions, type SnippetContext } from '../snippets';

const PROPERTY = CompletionItemKind.Property;
const ENUM = CompletionItemKind.EnumMember;
const REFERENCE = CompletionItemKind.Reference;
const CLASS = CompletionItemKind.Class;

/** Kinds people write by hand, offered first when no apiVersion narrows them. */
const COMMON_KINDS = ['Deployment', 'Service', 'Pod', 'ConfigMap', 'Secret', 'Ingress', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Namespace', 'PersistentVolumeClaim', 'ServiceAccount', 'HorizontalPodAutoscaler'];

/** A removed API version is not proposed. */
const served = (apiVersion: string, kind: string) => !removalOf(apiVersion, kind)?.removedIn;

export function kubernetesComplete(ctx: YamlFeatureContext): CompletionSpec[] {
  const { model, unit: doc, offset, kb } = ctx;
  const cc = yamlCompletionContext(doc.yaml.doc, model.index, offset, doc.yaml.start);
  if (!cc) return [];
  const p = cc.path;
  const range = cc.range;
  const defName = kindDefinition(doc.apiVersion, doc.kind);
  const out: CompletionSpec[] = [];

  if (cc.role === 'value') {
    const key = p[p.length - 1];
    if (p.length === 1 && key === 'kind') {
      const kinds = doc.apiVersion && kindsOf(doc.apiVersion).length ? kindsOf(doc.apiVersion).filter((k) => !k.endsWith('List')) : COMMON_KINDS;
      for (const k of kinds) out.push({ label: k, kind: CLASS, range, entryId: kb.get(`kubernetes.kind.${k}`) ? `kubernetes.kind.${k}` : undefined, sortText: `${COMMON_KINDS.includes(k) ? 0 : 1}${k}` });
      return out;
    }
    if (p.length === 1 && key === 'apiVersion') {
      const versions = doc.kind && apiVersionsOfKind(doc.kind).length ? apiVersionsOfKind(doc.kind).filter((v) => served(v, doc.kind!)) : apiVersions().filter((v) => kindsOf(v).some((k) => served(v, k)));
      for (const v of versions) out.push({ label: v, kind: ENUM, range, sortText: `${/v\d+$/.test(v) ? 0 : 1}${v}` });
      return out;
    }
    const refs = referenceNames(ctx, p);
    if (refs) return refs.map((n) => ({ label: n.label, kind: REFERENCE, range, detail: n.detail }));
    const labelValues = selectorLabelValues(ctx, p);
    if (labelValues) return labelValues.map((v) => ({ label: v, kind: ENUM, range, detail: 'label' }));
    if (!defName) return out;
    const loc = typeAtPath(defName, p);
    if (!loc) return out;
    const c = loc.owner && loc.field ? FIELD_CONSTRAINTS[`${loc.owner}.${loc.field}`] : undefined;
    const values = enumOf(loc.type) ?? (c && 'enum' in c ? c.enum : undefined) ?? (loc.type === 'boolean' ? ['true', 'false'] : undefined);
    for (const v of values ?? []) out.push({ label: v, kind: ENUM, range, entryId: valueEntryId(kb, defName, p, v) });
    return out;
  }

  // Keys.
  if (cc.inSequenceItem && p.length && typeof p[p.length - 1] !== 'number') return out;
  const labelKeys = selectorLabelKeys(ctx, p);
  if (labelKeys) return labelKeys.filter((k) => !cc.existingKeys.has(k)).map((k) => ({ label: k, kind: PROPERTY, range, insertText: `${k}: $0`, snippet: true, detail: 'label', retrigger: true }));
  if (!defName) {
    if (p.length === 0) for (const k of ['apiVersion', 'kind', 'metadata', 'spec']) if (!cc.existingKeys.has(k)) out.push({ label: k, kind: PROPERTY, range, insertText: `${k}: $0`, snippet: true, retrigger: true });
    return out;
  }
  const loc = p.length === 0 ? { type: { $ref: defName } as FieldType } : typeAtPath(defName, p);
  const t = loc?.type;
  if (!t || typeof t !== 'object' || !('$ref' in t)) return out;
  const def = definition(t.$ref);
  if (!def) return out;
  const required = new Set(def.required ?? []);
  for (const [field, type] of Object.entries(def.properties)) {
    if (cc.existingKeys.has(field) || field === 'status') continue;
    if (p.length === 0 && (field === 'apiVersion' || field === 'kind') && getValue(doc.yaml.doc.contents, field) !== undefined) continue;
    const entryId = keyEntryId(kb, doc.kind, [...p, field]);
    const spec: CompletionSpec = {
      label: field,
      kind: PROPERTY,
      range,
      insertText: snippetFor(field, type),
      snippet: true,
      detail: `${typeLabel(type)}${required.has(field) ? ' · required' : ''}`,
      sortText: `${required.has(field) ? 0 : 1}${field}`,
      retrigger: shapeOf(type) === 'scalar' && !enumOf(type) && type !== 'boolean',
    };
    if (entryId) spec.entryId = entryId;
    else {
      const api = apiFieldEntry(t.$ref, field, type, required.has(field), [...p, field]);
      spec.entryId = api.entryId;
      spec.entryArgs = api.args;
    }
    out.push(spec);
  }
  // Snippets of the object at the cursor: scheduling in a pod spec (nodeSelector, affinity, tolerations), probes and
  // resources in a container.
  const context = SNIPPET_CONTEXTS[shortName(t.$ref)];
  if (context && !cc.inSequenceItem) out.push(...snippetCompletions('kubernetes', context, range));
  return out;
}

/** The API types whose keys have snippets, and the snippet context of each. */
const SNIPPET_CONTEXTS: Record<string, SnippetContext<'kubernetes'>> = { PodSpec: 'pod-spec', Container: 'container' };

function enumOf(type: FieldType | undefined): string[] | undefined {
  if (type && typeof type === 'object' && 'enum' in type) return type.enum;
  if (type && typeof type === 'object' && 'list' in type) return enumOf(type.list);
  return undefined;
}

/** `key: ` followed by the shape of the value: a block map, a list item, a choice of values, or the cursor. */
function snippetFor(field: string, type: FieldType): string {
  const values = enumOf(type);
  if (values && shapeOf(type) === 'scalar') return `${field}: \${1|${values.join(',')}|}`;
  if (type === 'boolean') return `${field}: \${1|true,false|}`;
  const shape = shapeOf(type);
  if (shape === 'map') return `${field}:\n  $0`;
  if (shape === 'list') {
    const item = typeof type === 'object' && 'list' in type ? shapeOf(type.list) : 'scalar';
    return item === 'map' ? `${field}:\n  - $0` : `${field}:\n  - $0`;
  }
  return `${field}: $0`;
}

/** The knowledge-base entry of a key at a path (kinds + path patterns), as hovers find it. */
function keyEntryId(kb: KnowledgeBase, kind: string | undefined, path: YamlPath): string | undefined {
  const last = path[path.length - 1];
  for (const m of kb.candidates('kubernetes', typeof last === 'number' ? '*' : last)) {
    if (m.role === 'value' || (m.kinds && (!kind || !m.kinds.has(kind)))) continue;
    if (matchPath(m.pattern, path)) return m.entry.id;
  }
  return undefined;
}

/** A value that names another object: the names (and a ConfigMap's or Secret's keys) the workspace has. */
function referenceNames(ctx: YamlFeatureContext, p: YamlPath): { label: string; detail: string }[] | undefined {
  const indexed = ctx.workspace.allOf('kubernetes', 'kustomize');
  if (!indexed) return undefined;
  const all = withOwnFacts(indexed, ctx.model);
  const key = String(p[p.length - 1]);
  const parent = String(p[p.length - 2] ?? '');
  const ns = k8sModel(ctx.unit).namespace;
  const names = (target: RefTarget) =>
    [...new Map(objectsOfKind(all, target).filter((o) => o.fact.name && sameNamespace(o.fact.namespace, ns)).map((o) => [o.fact.name!, { label: o.fact.name!, detail: target }])).values()];
  const target = refTarget(parent, key, p);
  if (target) return names(target);
  // `key:` of a configMapKeyRef / secretKeyRef: the keys of the object it names.
  if (key === 'key' && (parent === 'configMapKeyRef' || parent === 'secretKeyRef')) {
    const holder = getIn(ctx.unit.yaml.doc.contents, p.slice(0, -1));
    const name = scalarString(getValue(holder, 'name'));
    const kind: RefTarget = parent === 'configMapKeyRef' ? 'ConfigMap' : 'Secret';
    const keys = objectsOfKind(all, kind).filter((o) => o.fact.name === name).flatMap((o) => o.fact.keys ?? []);
    return [...new Set(keys)].map((k) => ({ label: k, detail: `${kind} ${name}` }));
  }
  // An Ingress backend's port name: the Service's port names.
  if (key === 'name' && parent === 'port' && p[p.length - 3] === 'service') {
    const svc = scalarString(getValue(getIn(ctx.unit.yaml.doc.contents, p.slice(0, -2)), 'name'));
    const ports = objectsOfKind(all, 'Service').filter((o) => o.fact.name === svc).flatMap((o) => o.fact.ports ?? []);
    return ports.filter((x) => x.name).map((x) => ({ label: x.name!, detail: `Service ${svc} · ${x.port ?? ''}` }));
  }
  return undefined;
}

function refTarget(parent: string, key: string, p: YamlPath): RefTarget | undefined {
  if (key === 'name' && (parent === 'configMapKeyRef' || parent === 'configMapRef' || parent === 'configMap')) return 'ConfigMap';
  if (key === 'name' && (parent === 'secretKeyRef' || parent === 'secretRef')) return 'Secret';
  if (key === 'secretName' && (parent === 'secret' || typeof p[p.length - 2] === 'number')) return 'Secret';
  if (key === 'name' && typeof p[p.length - 2] === 'number' && p[p.length - 3] === 'imagePullSecrets') return 'Secret';
  if (key === 'serviceAccountName') return 'ServiceAccount';
  if (key === 'name' && parent === 'service' && p.includes('backend')) return 'Service';
  if (key === 'name' && parent === 'service' && p.includes('defaultBackend')) return 'Service';
  return undefined;
}

/** Inside a selector (a Service's `spec.selector`, a `matchLabels`, a `nodeSelector` excluded): the map's path. */
function isSelector(ctx: YamlFeatureContext, p: YamlPath): boolean {
  const key = p.map(String).join('.');
  return (ctx.unit.kind === 'Service' && key === 'spec.selector') || p[p.length - 1] === 'matchLabels';
}

function podLabelSets(all: readonly FileFacts[]): Record<string, string>[] {
  return podTemplates(all).map((t) => t.fact.podLabels!);
}

/** Label keys the workspace's pod templates carry, for a key inside a selector. */
function selectorLabelKeys(ctx: YamlFeatureContext, p: YamlPath): string[] | undefined {
  if (!isSelector(ctx, p)) return undefined;
  const all = ctx.workspace.allOf('kubernetes', 'kustomize');
  if (!all) return undefined;
  return [...new Set(podLabelSets(withOwnFacts(all, ctx.model)).flatMap((l) => Object.keys(l)))];
}

/** Values the workspace's pod templates give a label, for a value inside a selector. */
function selectorLabelValues(ctx: YamlFeatureContext, p: YamlPath): string[] | undefined {
  if (!isSelector(ctx, p.slice(0, -1))) return undefined;
  const all = ctx.workspace.allOf('kubernetes', 'kustomize');
  if (!all) return undefined;
  const key = String(p[p.length - 1]);
  return [...new Set(podLabelSets(withOwnFacts(all, ctx.model)).map((l) => l[key]).filter((v): v is string => v !== undefined))];
}
