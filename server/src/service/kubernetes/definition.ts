// Go to definition in Kubernetes manifests, through the workspace index: from a name of another object (a
// ConfigMap, Secret, ServiceAccount or Service a manifest refers to) to that object; from a Service's selector to the
// workloads whose pods it selects; from a pod template's labels to the Services that select them.
import type { Location } from 'vscode-languageserver-types';
import type { YamlFeatureContext } from '../kinds/yaml';
import { fileUri } from '../common/paths';
import { k8sModel } from './model';
import { k8sRefs, objectsOfKind, sameNamespace, selectedWorkloads } from './references';
import { servicesSelecting } from './hover';
import { withOwnFacts } from './own';

const within = (node: unknown, offset: number) => {
  const r = (node as { range?: [number, number, number] }).range;
  return !!r && r[0] <= offset && offset <= r[1];
};

export function kubernetesDefinition(ctx: YamlFeatureContext): Location[] {
  const { unit: doc, offset, cursor: at } = ctx;
  const indexed = ctx.workspace.allOf('kubernetes', 'kustomize');
  if (!indexed) return [];
  const all = withOwnFacts(indexed, ctx.model);
  const m = k8sModel(doc);
  const ref = k8sRefs(doc).find((r) => within(r.node, offset));
  if (ref) {
    return objectsOfKind(all, ref.target)
      .filter((o) => o.fact.name === ref.name && sameNamespace(o.fact.namespace, m.namespace))
      .map((o) => ({ uri: fileUri(o.file), range: o.fact.range }));
  }
  const path = at.path.map(String).join('.');
  if (doc.kind === 'Service' && m.selector && /^spec\.selector(?:\.|$)/.test(path)) {
    return selectedWorkloads(all, m.selector, m.namespace).map((w) => ({ uri: fileUri(w.file), range: w.fact.range }));
  }
  if (m.podLabels && (doc.kind === 'Pod' ? /^metadata\.labels(?:\.|$)/ : /^spec\.(?:jobTemplate\.spec\.)?template\.metadata\.labels(?:\.|$)/).test(path)) {
    return servicesSelecting(all, m.podLabels, m.namespace).map((s) => ({ uri: fileUri(s.file), range: s.range }));
  }
  return [];
}
