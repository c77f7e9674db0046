// The references table of Kubernetes: the places in a manifest that name another object — a ConfigMap or Secret
// (env, envFrom, volumes, imagePullSecrets, Ingress TLS), a ServiceAccount, a Service (Ingress backends) — found once
// per document version. The cross-file rules (K8S031–K8S034), go-to-definition and the hovers on those names read
// this list, never the raw YAML; what exists is read from the workspace index (workspace/facts.ts).
import type { YamlDocModel } from '../kinds/yaml';
import type { FileFacts, K8sObjectFact } from '../workspace/facts';
import { getIn, getPair, getValue, scalarString, scalarValue, seqItems, type YamlNode } from '../yaml';
import { k8sModel } from './model';

export type RefTarget = 'ConfigMap' | 'Secret' | 'ServiceAccount' | 'Service';

export interface K8sRef {
  target: RefTarget;
  name: string;
  /** The name's value node. */
  node: YamlNode;
  /** A key inside the ConfigMap or Secret (`configMapKeyRef.key`, a volume's `items[].key`). */
  key?: string;
  keyNode?: YamlNode;
  /** An Ingress backend's port: a number or a name. */
  port?: string | number;
  portNode?: YamlNode;
  /** `optional: true`: a missing object is allowed. */
  optional: boolean;
  /** Where the reference is, for messages: `env MYSQL_ROOT_PASSWORD`, `volume config`, `envFrom` … */
  via: string;
}

// Keyed by the parsed document, which an edit of another document of the file leaves as it is (see model.ts).
const cache = new WeakMap<object, K8sRef[]>();

const node = (n: unknown) => (n && typeof n === 'object' ? (n as YamlNode) : undefined);

function ref(target: RefTarget, holder: unknown, nameKey: string, via: string, extra: Partial<K8sRef> = {}): K8sRef | undefined {
  const pair = getPair(holder, nameKey);
  const name = scalarString(pair?.value);
  const n = node(pair?.value);
  if (!name || !n || /\$|\{\{/.test(name)) return undefined;
  return { target, name, node: n, optional: scalarValue(getValue(holder, 'optional')) === true, via, ...extra };
}

/** Every reference of a document to another object. */
export function k8sRefs(doc: YamlDocModel): K8sRef[] {
  const hit = cache.get(doc.yaml);
  if (hit) return hit;
  const out: K8sRef[] = [];
  const push = (r: K8sRef | undefined) => {
    if (r) out.push(r);
  };
  const m = k8sModel(doc);
  const spec = m.podSpec;
  for (const c of m.containers) {
    for (const e of seqItems(getValue(c.node, 'env'))) {
      const envName = scalarString(getValue(e, 'name')) ?? '';
      const from = getValue(e, 'valueFrom');
      for (const [k, target] of [['configMapKeyRef', 'ConfigMap'], ['secretKeyRef', 'Secret']] as const) {
        const sel = getValue(from, k);
        if (!sel) continue;
        const keyPair = getPair(sel, 'key');
        push(ref(target, sel, 'name', `env ${envName}`, { key: scalarString(keyPair?.value), keyNode: node(keyPair?.value) }));
      }
    }
    for (const e of seqItems(getValue(c.node, 'envFrom'))) {
      push(ref('ConfigMap', getValue(e, 'configMapRef'), 'name', 'envFrom'));
      push(ref('Secret', getValue(e, 'secretRef'), 'name', 'envFrom'));
    }
  }
  for (const v of seqItems(getValue(spec, 'volumes'))) {
    const vname = `volume ${scalarString(getValue(v, 'name')) ?? ''}`.trim();
    const volumeRef = (target: 'ConfigMap' | 'Secret', holder: unknown, nameKey: string) => {
      const r = ref(target, holder, nameKey, vname);
      if (!r) return;
      out.push(r);
      for (const item of seqItems(getValue(holder, 'items'))) {
        const kp = getPair(item, 'key');
        const key = scalarString(kp?.value);
        if (key) out.push({ ...r, key, keyNode: node(kp?.value) });
      }
    };
    volumeRef('ConfigMap', getValue(v, 'configMap'), 'name');
    volumeRef('Secret', getValue(v, 'secret'), 'secretName');
    for (const s of seqItems(getIn(v, ['projected', 'sources']))) {
      volumeRef('ConfigMap', getValue(s, 'configMap'), 'name');
      volumeRef('Secret', getValue(s, 'secret'), 'name');
    }
  }
  for (const s of seqItems(getValue(spec, 'imagePullSecrets'))) push(ref('Secret', s, 'name', 'imagePullSecrets'));
  const sa = ref('ServiceAccount', spec, 'serviceAccountName', 'serviceAccountName');
  if (sa && sa.name !== 'default') out.push(sa);
  if (doc.kind === 'Ingress' && doc.apiVersion === 'networking.k8s.io/v1') {
    const root = doc.yaml.doc.contents;
    const backend = (b: unknown, via: string) => {
      const svc = getValue(b, 'service');
      const port = getValue(svc, 'port');
      const num = getPair(port, 'number');
      const name = getPair(port, 'name');
      const p = num ?? name;
      const value = scalarValue(p?.value);
      push(ref('Service', svc, 'name', via, { port: typeof value === 'number' || typeof value === 'string' ? value : undefined, portNode: node(p?.value) }));
    };
    backend(getIn(root, ['spec', 'defaultBackend']), 'defaultBackend');
    for (const rule of seqItems(getIn(root, ['spec', 'rules']))) {
      const host = scalarString(getValue(rule, 'host'));
      for (const path of seqItems(getIn(rule, ['http', 'paths']))) backend(getValue(path, 'backend'), `${host ?? '*'}${scalarString(getValue(path, 'path')) ?? ''}`);
    }
    for (const tls of seqItems(getIn(root, ['spec', 'tls']))) push(ref('Secret', tls, 'secretName', 'tls'));
  }
  cache.set(doc.yaml, out);
  return out;
}

/** Namespaces are compatible when equal, or when either is unset (applied with `-n`, or by a kustomization). */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a === b;
}

export interface WorkspaceObject {
  fact: K8sObjectFact;
  file: string;
  /** Made by a kustomize generator (its keys are not known). */
  generated?: boolean;
}

/** The workspace's objects by kind, and its pod templates, computed once per facts array. */
const byArray = new WeakMap<readonly FileFacts[], { kinds: Map<string, WorkspaceObject[]>; templates: WorkspaceObject[] }>();

function indexOf(all: readonly FileFacts[]): { kinds: Map<string, WorkspaceObject[]>; templates: WorkspaceObject[] } {
  let hit = byArray.get(all);
  if (hit) return hit;
  const kinds = new Map<string, WorkspaceObject[]>();
  const templates: WorkspaceObject[] = [];
  const add = (kind: string, o: WorkspaceObject) => {
    let list = kinds.get(kind);
    if (!list) kinds.set(kind, (list = []));
    list.push(o);
  };
  const nowhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  for (const f of all) {
    for (const o of f.kubernetes ?? []) {
      if (o.kind) add(o.kind, { fact: o, file: f.path });
      if (o.podLabels) templates.push({ fact: o, file: f.path });
    }
    for (const g of f.kustomize?.generated ?? []) add(g.kind, { fact: { kind: g.kind, name: g.name, labels: {}, range: nowhere }, file: f.path, generated: true });
  }
  byArray.set(all, (hit = { kinds, templates }));
  return hit;
}

/** The objects of a kind in the workspace (ConfigMaps and Secrets a kustomization generates included, without keys). */
export function objectsOfKind(all: readonly FileFacts[], kind: RefTarget | 'Pod'): WorkspaceObject[] {
  return indexOf(all).kinds.get(kind) ?? [];
}

/** Objects with a pod template (workloads, Pods), with its labels. */
export function podTemplates(all: readonly FileFacts[]): WorkspaceObject[] {
  return indexOf(all).templates;
}

/** Does a selector pick these labels (every selector label present with the same value)? */
export function selects(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  if (!labels) return false;
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}

/** Workloads (and Pods) whose pod template a Service selector picks, in the workspace. */
export function selectedWorkloads(all: readonly FileFacts[], selector: Record<string, string>, namespace: string | undefined): WorkspaceObject[] {
  return podTemplates(all).filter((t) => sameNamespace(t.fact.namespace, namespace) && selects(selector, t.fact.podLabels));
}
