// The Kubernetes model: what every Kubernetes rule, hover and fact reads, found once per document version — the
// object's identity (kind, name, namespace, labels), its pod template (labels, spec), its containers wherever a
// container list is (workloads, CronJobs, CRDs that embed pod specs), and a Service's or workload's selector.
import type { YamlDocModel } from '../kinds/yaml';
import { getIn, getValue, isMap, mapPairs, pairKey, scalarString, seqItems, toRange, walk, type YamlNode, type YamlPath } from '../yaml';

export const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

export interface K8sContainer {
  list: string;
  path: YamlPath;
  node: YamlNode;
  name?: string;
  image?: string;
  imageNode?: YamlNode;
}

export interface K8sModel {
  kind?: string;
  apiVersion?: string;
  name?: string;
  namespace?: string;
  labels: Record<string, string>;
  /** The pod spec's path: `spec` of a Pod, `spec.template.spec` of a workload, deeper for a CronJob. */
  podSpecPath?: YamlPath;
  /** The pod template's labels (a Pod's own labels). */
  podLabels?: Record<string, string>;
  containers: K8sContainer[];
  /** `spec.selector` of a Service, `spec.selector.matchLabels` of a workload. */
  selector?: Record<string, string>;
  /** The pod spec node (where `containers`, `restartPolicy`, `nodeName` … are). */
  podSpec?: YamlNode;
  /** The pod template's `metadata.labels` node of a workload (a Pod's own labels). */
  podLabelsNode?: YamlNode;
}

const TEMPLATE_PATH: Record<string, YamlPath> = {
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** A map of plain string values (labels, selectors). */
export function stringMap(node: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of mapPairs(node)) {
    const k = pairKey(p);
    const v = scalarString(p.value);
    if (k !== null && v !== undefined) out[k] = v;
  }
  return out;
}

const asNode = (n: unknown): YamlNode | undefined => (n && typeof n === 'object' ? (n as YamlNode) : undefined);

/** Kinds whose pods keep running (a probe, requests and limits matter); Jobs and CronJobs run to completion. */
export const LONG_RUNNING = new Set(['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController']);

// Keyed by the parsed document: after an edit elsewhere in the file the incremental parse keeps it (its nodes moved
// in place), so the model built from its nodes stays true.
const cache = new WeakMap<object, K8sModel>();

export function k8sModel(doc: YamlDocModel): K8sModel {
  const hit = cache.get(doc.yaml);
  if (hit) return hit;
  const root = doc.yaml.doc.contents;
  const meta = getValue(root, 'metadata');
  const m: K8sModel = {
    kind: doc.kind,
    apiVersion: doc.apiVersion,
    name: scalarString(getValue(meta, 'name')),
    namespace: scalarString(getValue(meta, 'namespace')),
    labels: stringMap(getValue(meta, 'labels')),
    containers: [],
  };
  const template = doc.kind ? TEMPLATE_PATH[doc.kind] : undefined;
  if (doc.kind === 'Pod') {
    m.podSpecPath = ['spec'];
    m.podLabels = m.labels;
    m.podLabelsNode = asNode(getValue(meta, 'labels'));
  } else if (template) {
    m.podSpecPath = [...template, 'spec'];
    m.podLabels = stringMap(getIn(root, [...template, 'metadata', 'labels']));
    m.podLabelsNode = asNode(getIn(root, [...template, 'metadata', 'labels']));
  }
  if (m.podSpecPath) m.podSpec = asNode(getIn(root, m.podSpecPath));
  const selector = getIn(root, ['spec', 'selector']);
  if (doc.kind === 'Service') m.selector = stringMap(selector);
  else if (template && isMap(getValue(selector, 'matchLabels'))) m.selector = stringMap(getValue(selector, 'matchLabels'));
  walk(root, ({ path, node }) => {
    const n = path.length;
    if (n < 2 || typeof path[n - 1] !== 'number' || !CONTAINER_LISTS.has(String(path[n - 2])) || !isMap(node)) return;
    const imageNode = getValue(node, 'image');
    m.containers.push({
      list: String(path[n - 2]),
      path,
      node,
      name: scalarString(getValue(node, 'name')),
      image: scalarString(imageNode),
      imageNode: imageNode && typeof imageNode === 'object' ? (imageNode as YamlNode) : undefined,
    });
    return false;
  });
  cache.set(doc.yaml, m);
  return m;
}

/** The range of a node (undefined for a missing one). */
export function nodeRange(model: { index: import('../text').LineIndex }, node: unknown): import('vscode-languageserver-types').Range | undefined {
  return toRange(model.index, node as { range?: [number, number, number] });
}

/** Ports a container declares (`containerPort`, and its `name`). */
export function containerPorts(c: K8sContainer): { name?: string; containerPort?: number }[] {
  return seqItems(getValue(c.node, 'ports')).map((p) => {
    const port = Number(scalarString(getValue(p, 'containerPort')));
    return { name: scalarString(getValue(p, 'name')), containerPort: Number.isFinite(port) ? port : undefined };
  });
}
