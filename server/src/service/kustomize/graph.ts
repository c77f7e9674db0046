// The objects a kustomization builds, known from the workspace index without running kustomize: its resources
// (files' Kubernetes facts; folders' kustomizations, recursively, with their own name prefix/suffix, namespace,
// labels and image renames applied), its components' and its generators' objects. Patch targets, `images`,
// `replicas` and generator merges are checked against this (the set before the kustomization's own transformers,
// as kustomize's patch and replica transformers see it: they match an object by its original or its current name).
// When part of the build cannot be known (remote resources, Helm charts, plugins, custom field specs, a file that is
// not a manifest, a cycle), the result says so and the checks that need the whole set stay quiet.
import type { Range } from 'vscode-languageserver-types';
import type { WorkspaceFs } from '../workspace/fs';
import type { WorkspaceView } from '../workspace/view';
import type { KustomizationFacts } from '../workspace/facts';
import { kustomizationIn } from '../common/paths';
import { MAX_DEPTH, MAX_NODES } from './model';

export interface GraphObject {
  group: string;
  version: string;
  kind?: string;
  /** The name in its file (or the generator's). */
  orgName?: string;
  /** The name after the transformers of the kustomizations below the one asking. */
  name?: string;
  orgNamespace?: string;
  namespace?: string;
  labels: Record<string, string>;
  /** Container images (as the kustomizations below left them: renamed by their `images`). */
  images: string[];
  /** Where it is defined: a manifest, or the kustomization whose generator makes it. */
  file: string;
  range: Range;
  generated?: 'ConfigMap' | 'Secret';
}

export interface Build {
  objects: GraphObject[];
  /** Every object of the build is known. */
  complete: boolean;
  /** Why not (remote, helm, plugins, configurations, unreadable, cycle, too-large). */
  opaque: string[];
  /** The kustomization files walked (this one first). */
  files: string[];
}

/** Kinds that live outside namespaces: kustomize's `namespace` leaves them alone. */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'PriorityClass', 'RuntimeClass', 'IngressClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'APIService',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'CertificateSigningRequest', 'PodSecurityPolicy', 'FlowSchema', 'PriorityLevelConfiguration', 'ComponentStatus',
]);

export function splitApiVersion(apiVersion: string | undefined): { group: string; version: string } {
  if (!apiVersion) return { group: '', version: '' };
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

/** The image name without its tag or digest (what `images[].name` is compared with). */
export function imageName(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at < 0 ? image : image.slice(0, at);
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}

interface Walk {
  fs: WorkspaceFs;
  workspace: WorkspaceView;
  chain: string[];
  visits: number;
  opaque: Set<string>;
  files: string[];
}

/**
 * The objects a kustomization brings before its own transformers run: what its patches, images and replicas act on.
 * `own`: the kustomization's facts when the caller has them (the document being checked, maybe unsaved).
 */
export function inputsOf(fs: WorkspaceFs, workspace: WorkspaceView, kustomization: string, own?: KustomizationFacts): Build {
  const w: Walk = { fs, workspace, chain: [kustomization], visits: 0, opaque: new Set(), files: [kustomization] };
  const facts = own ?? workspace.factsOf(kustomization, 'yaml')?.kustomize;
  const objects = facts ? inputs(w, kustomization, facts) : [];
  if (!facts) w.opaque.add('unreadable');
  return { objects, complete: w.opaque.size === 0, opaque: [...w.opaque], files: w.files };
}

/** The objects a kustomization outputs (its inputs with its own prefix, suffix, namespace, labels and renames). */
export function outputsOf(fs: WorkspaceFs, workspace: WorkspaceView, kustomization: string, own?: KustomizationFacts): Build {
  const w: Walk = { fs, workspace, chain: [kustomization], visits: 0, opaque: new Set(), files: [kustomization] };
  const facts = own ?? workspace.factsOf(kustomization, 'yaml')?.kustomize;
  const objects = facts ? transform(inputs(w, kustomization, facts), facts) : [];
  if (!facts) w.opaque.add('unreadable');
  return { objects, complete: w.opaque.size === 0, opaque: [...w.opaque], files: w.files };
}

function inputs(w: Walk, file: string, facts: KustomizationFacts): GraphObject[] {
  for (const o of facts.opaque ?? []) w.opaque.add(o);
  // A Component acts on the resources of whichever kustomization includes it: its inputs are not its own to know.
  if (w.chain.length === 1 && facts.kind === 'Component') w.opaque.add('component');
  const out: GraphObject[] = [];
  for (const e of facts.edges) {
    if (e.key !== 'resources' && e.key !== 'bases' && e.key !== 'components') continue;
    if (!w.fs.contains(e.path) || !w.fs.exists(e.path)) {
      w.opaque.add('unreadable');
      continue;
    }
    if (w.fs.isDirectory(e.path)) {
      const k = kustomizationIn(w.fs, e.path);
      if (!k) {
        w.opaque.add('unreadable');
        continue;
      }
      out.push(...child(w, k));
      continue;
    }
    if (e.key === 'components') continue; // a file is no component (KUS001 says so)
    const ff = w.workspace.factsOf(e.path, 'yaml');
    const objs = ff?.kubernetes ?? [];
    if (!objs.length || objs.some((o) => !o.kind)) {
      w.opaque.add('unreadable');
      if (!objs.length) continue;
    }
    for (const o of objs) {
      const { group, version } = splitApiVersion(o.apiVersion);
      const images = [...(o.containers ?? [])].map((c) => c.image).filter((i): i is string => !!i).map(imageName);
      out.push({ group, version, kind: o.kind, orgName: o.name, name: o.name, orgNamespace: o.namespace, namespace: o.namespace, labels: { ...o.labels }, images, file: e.path, range: o.range });
    }
  }
  for (const g of facts.generated ?? []) {
    if (g.behavior) continue; // merge/replace change an object that is already there
    const range = g.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    out.push({ group: '', version: 'v1', kind: g.kind, orgName: g.name, name: g.name, orgNamespace: g.namespace, namespace: g.namespace, labels: {}, images: [], file, range, generated: g.kind });
  }
  return out;
}

/** The output of a kustomization below: walked once per chain, bounded in depth and in files. */
function child(w: Walk, k: string): GraphObject[] {
  if (w.chain.includes(k)) {
    w.opaque.add('cycle');
    return [];
  }
  if (w.chain.length >= MAX_DEPTH || ++w.visits > MAX_NODES) {
    w.opaque.add('too-large');
    return [];
  }
  const facts = w.workspace.factsOf(k, 'yaml')?.kustomize;
  if (!facts) {
    w.opaque.add('unreadable');
    return [];
  }
  w.files.push(k);
  w.chain.push(k);
  try {
    return transform(inputs(w, k, facts), facts);
  } finally {
    w.chain.pop();
  }
}

/** What a kustomization's own transformers do to names, namespaces, labels and images (as far as identity goes). */
function transform(objects: GraphObject[], facts: KustomizationFacts): GraphObject[] {
  const prefix = facts.namePrefix ?? '';
  const suffix = facts.nameSuffix ?? '';
  const renames = new Map((facts.imageRenames ?? []).map((r) => [r.name, r.newName]));
  return objects.map((o) => ({
    ...o,
    name: o.name === undefined ? undefined : `${prefix}${o.name}${suffix}`,
    namespace: facts.namespace && !CLUSTER_SCOPED.has(o.kind ?? '') ? facts.namespace : o.namespace,
    labels: facts.labels ? { ...o.labels, ...facts.labels } : o.labels,
    images: renames.size ? o.images.map((i) => renames.get(i) ?? i) : o.images,
  }));
}

/** A kustomize selector (patch target, replacement select): each field a regular expression, empty matches all. */
export interface Selector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

function anchored(pattern: string | undefined): RegExp | null | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return null;
  }
}

/**
 * The objects a selector picks, as kustomize does: group/version/kind by regex, the name and namespace matched
 * against the original or the current one, labels by a label-selector expression. Undefined when the selector
 * cannot be evaluated here (an annotation selector, a pattern JavaScript does not read as Go does).
 */
export function select(objects: GraphObject[], s: Selector): GraphObject[] | undefined {
  if (s.annotationSelector) return undefined;
  const res = [s.group, s.version, s.kind, s.name, s.namespace].map(anchored);
  if (res.some((r) => r === null)) return undefined;
  const [g, v, k, n, ns] = res as (RegExp | undefined)[];
  const labels = s.labelSelector ? parseLabelSelector(s.labelSelector) : undefined;
  if (labels === null) return undefined;
  return objects.filter((o) => {
    if (g && !g.test(o.group)) return false;
    if (v && !v.test(o.version)) return false;
    if (k && !k.test(o.kind ?? '')) return false;
    if (n && !n.test(o.orgName ?? '') && !n.test(o.name ?? '')) return false;
    if (ns && !ns.test(o.orgNamespace ?? '') && !ns.test(o.namespace ?? '')) return false;
    if (labels && !labels.every((m) => m(o.labels))) return false;
    return true;
  });
}

type LabelMatch = (labels: Record<string, string>) => boolean;

/** `a=b,c!=d,e in (x,y),f notin (z),g,!h` → matchers; null when it does not parse. */
export function parseLabelSelector(expr: string): LabelMatch[] | null {
  const parts = expr.match(/(?:[^,(]|\([^)]*\))+/g) ?? [];
  const out: LabelMatch[] = [];
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(p))) {
      const [, key, op, val] = m;
      out.push(op === '!=' ? (l) => l[key] !== val : (l) => l[key] === val);
    } else if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p))) {
      const [, key, op, list] = m;
      const vals = new Set(list.split(',').map((x) => x.trim()));
      out.push(op === 'in' ? (l) => key in l && vals.has(l[key]) : (l) => !(key in l) || !vals.has(l[key]));
    } else if ((m = /^(!?)([\w./-]+)$/.exec(p))) {
      const [, not, key] = m;
      out.push(not ? (l) => !(key in l) : (l) => key in l);
    } else return null;
  }
  return out;
}

/** `group/version Kind name` of an object, as messages show it. */
export function describe(o: GraphObject): string {
  return `${o.kind ?? '?'} ${o.name ?? o.orgName ?? '?'}`;
}

