// Kubernetes objects in the Outline and in the workspace index: each document as `Kind name` (its containers
// inside), and the facts other files need — labels, pod-template labels, containers and their ports, selectors,
// Service ports, ConfigMap/Secret keys, the ServiceAccount a pod runs as.
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import type { FactsPart, K8sObjectFact, SymbolFact } from '../workspace/facts';
import { basename } from '../common/paths';
import { getIn, getValue, mapPairs, pairKey, scalarString, seqItems, toRange } from '../yaml';
import { containerPorts, k8sModel } from './model';

const KIND = { object: 5, container: 8 } as const; // Class, Field

function docRange(model: DocumentModel, doc: YamlDocModel): Range {
  return model.index.range(doc.start, Math.max(doc.start, doc.end));
}

/** The name a document goes by: `Deployment web` (`Deployment` alone when it has no name yet). */
function label(doc: YamlDocModel): string {
  const m = k8sModel(doc);
  return [m.kind ?? '?', m.name].filter(Boolean).join(' ');
}

export function kubernetesSymbols(model: DocumentModel, doc: YamlDocModel): DocumentSymbol[] {
  const m = k8sModel(doc);
  const range = docRange(model, doc);
  const kindNode = getValue(doc.yaml.doc.contents, 'kind');
  const nameNode = getValue(getValue(doc.yaml.doc.contents, 'metadata'), 'name');
  const selection = toRange(model.index, (nameNode ?? kindNode) as { range?: [number, number, number] }) ?? range;
  const children: DocumentSymbol[] = [];
  for (const c of m.containers) {
    const r = toRange(model.index, c.node as { range?: [number, number, number] });
    if (!r) continue;
    children.push({ name: c.name ?? c.list, detail: c.image, kind: KIND.container, range: r, selectionRange: r });
  }
  return [{ name: label(doc), detail: [m.namespace && `namespace ${m.namespace}`, m.apiVersion].filter(Boolean).join(' · ') || undefined, kind: KIND.object, range, selectionRange: selection, children }];
}

export function kubernetesFacts(model: DocumentModel, docs: YamlDocModel[]): FactsPart {
  const objects: K8sObjectFact[] = [];
  const symbols: SymbolFact[] = [];
  for (const doc of docs) {
    const m = k8sModel(doc);
    const root = doc.yaml.doc.contents;
    const kindNode = getValue(root, 'kind');
    const range = toRange(model.index, kindNode as { range?: [number, number, number] }) ?? docRange(model, doc);
    const o: K8sObjectFact = { apiVersion: m.apiVersion, kind: m.kind, name: m.name, namespace: m.namespace, labels: m.labels, range };
    if (m.podLabels) o.podLabels = m.podLabels;
    if (m.containers.length) o.containers = m.containers.map((c) => ({ name: c.name, image: c.image, ports: containerPorts(c) }));
    if (m.selector) o.selector = m.selector;
    if (m.kind === 'Service') {
      o.ports = seqItems(getIn(root, ['spec', 'ports'])).map((p) => {
        const port = Number(scalarString(getValue(p, 'port')));
        return { name: scalarString(getValue(p, 'name')), port: Number.isFinite(port) ? port : undefined, targetPort: scalarString(getValue(p, 'targetPort')) };
      });
    }
    if (m.kind === 'ConfigMap' || m.kind === 'Secret') {
      o.keys = ['data', 'stringData', 'binaryData'].flatMap((k) => mapPairs(getValue(root, k)).map(pairKey).filter((x): x is string => x !== null));
    }
    const sa = m.podSpecPath ? scalarString(getValue(getIn(root, m.podSpecPath), 'serviceAccountName')) : undefined;
    if (sa) o.serviceAccountName = sa;
    if (m.apiVersion?.startsWith('skaffold/')) {
      const artifacts = [getValue(root, 'build'), ...seqItems(getValue(root, 'profiles')).map((p) => getValue(p, 'build'))].flatMap((b) => seqItems(getValue(b, 'artifacts')));
      const builds = artifacts.map((a) => scalarString(getValue(a, 'image'))).filter((i): i is string => !!i);
      if (builds.length) o.builds = builds;
    }
    objects.push(o);
    if (m.kind && m.name) symbols.push({ name: label(doc), kind: KIND.object, range, container: [m.namespace, basename(model.path)].filter(Boolean).join(' · ') });
  }
  return { kubernetes: objects, symbols };
}
