// Kubernetes hovers. In order: a value with its own explanation (a kind, an enumerated value such as a Service type
// or a taint effect, a Secret type); the knowledge base's entry for the key (kinds + path patterns); else what the
// API reference says of the field (its path, type, whether it is required, its description). Facts about this very
// place come first: what a CronJob schedule means read aloud, whether an apiVersion is still served, the workloads a
// Service selects and the Services that select a workload, where a named ConfigMap/Secret/ServiceAccount/Service is.
import type { KbHit, Fact, Localized } from '../types';
import type { YamlFeatureContext } from '../kinds/yaml';
import type { FileFacts } from '../workspace/facts';
import { yamlPathHover } from '../kb/pathHover';
import { imageFacts } from '../common/image';
import { basename } from '../common/paths';
import { getValue, isScalar, matchPath, scalarString, toRange, type YamlPath } from '../yaml';
import { apiDescription, definition, kindDefinition, shortName, typeAtPath, typeLabel, type FieldType } from './schema';
import { k8sModel } from './model';
import { removalOf, targetVersion } from './deprecations';
import { describeCron } from './cron';
import { withOwnFacts } from './own';
import { k8sRefs, objectsOfKind, sameNamespace, selectedWorkloads, selects } from './references';

/** Enumerated fields whose values have an entry each: `kubernetes.value.<group>.<value>`. */
export const VALUE_GROUPS: Record<string, string> = {
  'IoK8sApiCoreV1ServiceSpec.type': 'service-type',
  'IoK8sApiNetworkingV1HTTPIngressPath.pathType': 'path-type',
  'IoK8sApiCoreV1PodSpec.restartPolicy': 'restart-policy',
  'IoK8sApiCoreV1Toleration.effect': 'taint-effect',
  'IoK8sApiCoreV1Taint.effect': 'taint-effect',
  'IoK8sApiCoreV1Toleration.operator': 'toleration-operator',
  'IoK8sApiAppsV1DeploymentStrategy.type': 'deployment-strategy',
  'IoK8sApiAppsV1StatefulSetUpdateStrategy.type': 'update-strategy',
  'IoK8sApiAppsV1DaemonSetUpdateStrategy.type': 'update-strategy',
  'IoK8sApiCoreV1Container.imagePullPolicy': 'image-pull-policy',
  'IoK8sApiCoreV1EphemeralContainer.imagePullPolicy': 'image-pull-policy',
  'IoK8sApiBatchV1CronJobSpec.concurrencyPolicy': 'concurrency-policy',
  'IoK8sApiAppsV1StatefulSetSpec.podManagementPolicy': 'pod-management-policy',
  'IoK8sApiCoreV1PersistentVolumeClaimSpec.accessModes': 'access-mode',
  'IoK8sApiCoreV1PersistentVolumeSpec.accessModes': 'access-mode',
  'IoK8sApiCoreV1PersistentVolumeSpec.persistentVolumeReclaimPolicy': 'reclaim-policy',
  'IoK8sApiStorageV1StorageClass.reclaimPolicy': 'reclaim-policy',
  'IoK8sApiStorageV1StorageClass.volumeBindingMode': 'volume-binding-mode',
  'IoK8sApiCoreV1LimitRangeItem.type': 'limit-type',
  'IoK8sApimachineryPkgApisMetaV1LabelSelectorRequirement.operator': 'selector-operator',
  'IoK8sApiCoreV1NodeSelectorRequirement.operator': 'selector-operator',
  'IoK8sApiCoreV1ServicePort.protocol': 'protocol',
  'IoK8sApiCoreV1ContainerPort.protocol': 'protocol',
  'IoK8sApiCoreV1ServiceSpec.externalTrafficPolicy': 'traffic-policy',
  'IoK8sApiCoreV1ServiceSpec.internalTrafficPolicy': 'traffic-policy',
  'IoK8sApiCoreV1ServiceSpec.sessionAffinity': 'session-affinity',
  'IoK8sApiCoreV1TopologySpreadConstraint.whenUnsatisfiable': 'when-unsatisfiable',
  'IoK8sApiCoreV1Secret.type': 'secret-type',
};

/** A value as the last part of an entry id: `kubernetes.io/tls` → `tls`, other characters → `-`. */
export function valueSlug(value: string): string {
  return value.replace(/^kubernetes\.io\//, '').replace(/^bootstrap\.kubernetes\.io\/token$/, 'bootstrap-token').replace(/[^A-Za-z0-9_-]/g, '-');
}

/** The entry explaining a value at a path, if it has one of its own. */
export function valueEntryId(kb: YamlFeatureContext['kb'], defName: string | undefined, path: YamlPath, value: string): string | undefined {
  if (!defName) return undefined;
  const loc = typeAtPath(defName, path);
  const group = loc?.owner && loc.field ? VALUE_GROUPS[`${loc.owner}.${loc.field}`] : undefined;
  const id = group ? `kubernetes.value.${group}.${valueSlug(value)}` : undefined;
  return id && kb.get(id) ? id : undefined;
}

const show = (labels: Record<string, string>) => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ');
const where = (file: string, line: number) => `${basename(file)}:${line + 1}`;

export function kubernetesHover(ctx: YamlFeatureContext): KbHit | null {
  const { model, unit: doc, kb, cursor: at } = ctx;
  if (at.role === 'none' || !at.path.length || !at.node) return null;
  const range = toRange(model.index, at.node as { range?: [number, number, number] });
  if (!range) return null;
  const defName = kindDefinition(doc.apiVersion, doc.kind);
  const value = at.role === 'value' && isScalar(at.node) ? scalarString(at.node) : undefined;
  const top = at.path.length === 1 ? at.path[0] : undefined;

  // A kind: what the resource is for.
  if (value && top === 'kind') {
    const id = `kubernetes.kind.${value}`;
    if (kb.get(id)) return { entryId: id, range };
    const desc = defName ? apiDescription(defName) : undefined;
    if (desc && doc.apiVersion) return { entryId: 'kubernetes.api.kind', range, args: { kind: value, apiVersion: doc.apiVersion, description: quoteBlock(desc) } };
  }
  // An enumerated value with its own explanation.
  if (value) {
    const id = valueEntryId(kb, defName, at.path, value);
    if (id) return { entryId: id, range };
  }
  const hit = yamlPathHover(ctx, 'kubernetes') ?? apiFieldHit(defName, at.path, range) ?? mapKeyHit(ctx, range);
  if (!hit) return null;
  const facts = placeFacts(ctx, defName, value);
  if (facts.length) hit.facts = [...(hit.facts ?? []), ...facts];
  return hit;
}

/** A key of a free map (a label in a selector, a key of `data`): the entry of the map that holds it. */
function mapKeyHit(ctx: YamlFeatureContext, range: KbHit['range']): KbHit | null {
  const parent = ctx.cursor.path.slice(0, -1);
  const defName = kindDefinition(ctx.unit.apiVersion, ctx.unit.kind);
  const holder = defName && parent.length ? typeAtPath(defName, parent)?.type : undefined;
  if (!holder || typeof holder !== 'object' || !('map' in holder)) return null;
  const last = parent[parent.length - 1];
  for (const m of ctx.kb.candidates('kubernetes', typeof last === 'number' ? '*' : last)) {
    if (m.role === 'value' || (m.kinds && (!ctx.unit.kind || !m.kinds.has(ctx.unit.kind)))) continue;
    if (matchPath(m.pattern, parent)) return { entryId: m.entry.id, range };
  }
  return null;
}

/** What the API reference says of a field the knowledge base has no entry for. */
function apiFieldHit(defName: string | undefined, path: YamlPath, range: KbHit['range']): KbHit | null {
  if (!defName) return null;
  const loc = typeAtPath(defName, path);
  const last = path[path.length - 1];
  if (!loc?.owner || loc.field !== last) return null;
  const required = definition(loc.owner)?.required?.includes(loc.field) ?? false;
  return { range, ...apiFieldEntry(loc.owner, loc.field, loc.type, required, path) };
}

/** The API reference's words, as a block quote: they are its own (English), not ours. */
const quoteBlock = (text: string) => text.trim().split('\n').map((l) => (l.trim() ? `> ${l}` : '>')).join('\n');

/**
 * The entry of a field with no kb entry of its own, and its arguments: the API reference's description quoted, or
 * the `-undocumented` entry when the reference has none (never an empty quote).
 */
export function apiFieldEntry(owner: string, field: string, type: FieldType, required: boolean, path: YamlPath): { entryId: string; args: Record<string, string> } {
  const shown = [...path.slice(0, -1), field].map((s) => (typeof s === 'number' ? '[]' : s)).join('.').replace(/\.\[\]/g, '[]');
  const description = apiDescription(owner, field);
  const args: Record<string, string> = { field, type: typeLabel(type), path: shown, definition: shortName(owner) };
  const entryId = `kubernetes.api.field${required ? '-required' : ''}${description ? '' : '-undocumented'}`;
  return { entryId, args: description ? { ...args, description: quoteBlock(description) } : args };
}

/** Facts about the place under the cursor. */
function placeFacts(ctx: YamlFeatureContext, defName: string | undefined, value: string | undefined): Fact[] {
  const { unit: doc, cursor: at, offset } = ctx;
  const facts: Fact[] = [];
  const loc = defName ? typeAtPath(defName, at.path) : undefined;
  const field = loc?.owner && loc.field ? `${loc.owner}.${loc.field}` : undefined;
  // An image: registry, repository, tag.
  if (at.path[at.path.length - 1] === 'image') facts.push(...imageFacts(scalarString(getValue(at.parent, 'image'))));
  // A CronJob schedule, read aloud.
  if (field === 'IoK8sApiBatchV1CronJobSpec.schedule') {
    const schedule = scalarString(getValue(at.parent, 'schedule'));
    const ko = schedule && describeCron(schedule, 'ko');
    const en = schedule && describeCron(schedule, 'en');
    if (ko && en) facts.push({ id: 'fact.k8s.cron', localArgs: { text: { ko, en } as Localized } });
  }
  // A Deployment's rolling update: the pod counts maxSurge and maxUnavailable allow, for this file's replicas.
  if (doc.kind === 'Deployment' && at.path[0] === 'spec' && at.path[1] === 'strategy') {
    const rollout = rolloutArithmetic(doc.yaml.doc.contents);
    if (rollout) facts.push({ id: 'fact.k8s.rollout', args: rollout });
  }
  // An apiVersion: still served, or removed (and by what replaced).
  if (at.path.length === 1 && at.path[0] === 'apiVersion' && doc.apiVersion && doc.kind) {
    const row = removalOf(doc.apiVersion, doc.kind);
    if (row?.removedIn) facts.push(row.replacement ? { id: 'fact.k8s.apiRemoved', args: { removedIn: row.removedIn, replacement: row.replacement } } : { id: 'fact.k8s.apiRemovedNoReplacement', args: { removedIn: row.removedIn } });
    else if (defName) facts.push({ id: 'fact.k8s.apiServed', args: { version: targetVersion(undefined).label, kind: doc.kind, apiVersion: doc.apiVersion } });
  }
  const indexed = ctx.workspace.allOf('kubernetes', 'kustomize');
  if (!indexed) return facts;
  const all = withOwnFacts(indexed, ctx.model);
  const m = k8sModel(doc);
  // A Service's selector: the workloads it selects.
  if (doc.kind === 'Service' && at.path[0] === 'spec' && at.path[1] === 'selector' && m.selector && Object.keys(m.selector).length) {
    const selected = selectedWorkloads(all, m.selector, m.namespace);
    for (const w of selected.slice(0, 5)) {
      // A workload is named by its kind and name; one without them (an unfinished object) by where it is.
      if (w.fact.kind && w.fact.name) facts.push({ id: 'fact.k8s.selects', args: { kind: w.fact.kind, name: w.fact.name, where: where(w.file, w.fact.range.start.line) } });
      else facts.push({ id: 'fact.k8s.selectsAt', args: { where: where(w.file, w.fact.range.start.line) } });
    }
    if (!selected.length) facts.push({ id: 'fact.k8s.selectsNone', args: { selector: show(m.selector) } });
  }
  // A pod template's labels: the Services that select its pods.
  if (m.podLabels && isPodLabels(doc.kind, at.path)) {
    const by = servicesSelecting(all, m.podLabels, m.namespace);
    for (const s of by.slice(0, 5)) facts.push({ id: 'fact.k8s.selectedBy', args: { name: s.name, where: s.where } });
    if (!by.length) facts.push({ id: 'fact.k8s.selectedByNone' });
  }
  // A name of another object: where it is defined.
  const ref = value !== undefined ? k8sRefs(doc).find((r) => (r.node as { range?: [number, number, number] }).range?.[0] !== undefined && offsetIn(r.node, offset)) : undefined;
  if (ref) {
    const found = objectsOfKind(all, ref.target).filter((o) => o.fact.name === ref.name && sameNamespace(o.fact.namespace, m.namespace));
    for (const o of found.slice(0, 3)) {
      if (o.generated) facts.push({ id: 'fact.k8s.generatedBy', args: { kind: ref.target, name: ref.name, where: basename(o.file) } });
      else {
        const keys = (o.fact.keys ?? []).slice(0, 8);
        const args = { kind: ref.target, name: ref.name, where: where(o.file, o.fact.range.start.line) };
        facts.push(keys.length ? { id: 'fact.k8s.definedIn', args: { ...args, keys: keys.join(', ') } } : { id: 'fact.k8s.definedInNoKeys', args });
      }
    }
    if (!found.length) facts.push({ id: 'fact.k8s.notInWorkspace', args: { kind: ref.target, name: ref.name } });
  }
  return facts;
}

const offsetIn = (node: unknown, offset: number) => {
  const r = (node as { range?: [number, number, number] }).range;
  return !!r && r[0] <= offset && offset <= r[1];
};

/** The pod template's labels (a workload's `spec.template.metadata.labels`, a Pod's `metadata.labels`), or inside them. */
function isPodLabels(kind: string | undefined, path: YamlPath): boolean {
  const key = path.map(String).join('.');
  if (kind === 'Pod') return key === 'metadata.labels' || key.startsWith('metadata.labels.');
  return /^spec\.(?:jobTemplate\.spec\.)?template\.metadata\.labels(?:\.|$)/.test(key);
}

/** Services of the workspace whose selector picks these labels. */
export function servicesSelecting(all: readonly FileFacts[], labels: Record<string, string>, namespace: string | undefined): { name: string; where: string; file: string; range: KbHit['range'] }[] {
  return objectsOfKind(all, 'Service')
    .filter((s) => s.fact.selector && sameNamespace(s.fact.namespace, namespace) && selects(s.fact.selector, labels))
    .map((s) => ({ name: s.fact.name ?? '', where: where(s.file, s.fact.range.start.line), file: s.file, range: s.fact.range }));
}

/**
 * The pod counts of a rolling update: at most replicas + maxSurge pods (a percentage rounded up), at least
 * replicas − maxUnavailable ready (rounded down). Defaults: replicas 1, both 25%. Undefined when a value is not known.
 */
export function rolloutArithmetic(root: unknown): Record<string, string> | undefined {
  const spec = getValue(root, 'spec');
  const strategy = getValue(spec, 'strategy');
  if (scalarString(getValue(strategy, 'type')) === 'Recreate') return undefined;
  const rolling = getValue(strategy, 'rollingUpdate');
  const replicasText = scalarString(getValue(spec, 'replicas')) ?? '1';
  const replicas = Number(replicasText);
  if (!Number.isInteger(replicas) || replicas < 0) return undefined;
  const amount = (key: string, round: (x: number) => number): number | undefined => {
    const v = scalarString(getValue(rolling, key)) ?? '25%';
    if (/^\d+$/.test(v)) return Number(v);
    const pct = /^(\d+)%$/.exec(v);
    return pct ? round((replicas * Number(pct[1])) / 100) : undefined;
  };
  const surge = amount('maxSurge', Math.ceil);
  const unavailable = amount('maxUnavailable', Math.floor);
  if (surge === undefined || unavailable === undefined) return undefined;
  return { replicas: String(replicas), surge: String(surge), unavailable: String(unavailable), max: String(replicas + surge), min: String(Math.max(0, replicas - unavailable)) };
}
