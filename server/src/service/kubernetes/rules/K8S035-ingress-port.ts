import type { YamlCheck } from '../../kinds/yaml';
import { k8sModel, nodeRange } from '../model';
import { k8sRefs, objectsOfKind, sameNamespace } from '../references';
import { workspaceFacts } from './crossfile';

/**
 * K8S035: an Ingress backend port (`service.port.number` or `.name`) that the Service it names (found in the
 * workspace) does not have: the controller cannot route there and answers 503. The Service's ports are listed.
 */
export const check: YamlCheck = {
  rule: 'K8S035',
  formats: ['kubernetes'],
  run({ model, unit: doc, report, workspace }) {
    const refs = k8sRefs(doc).filter((r) => r.target === 'Service' && r.port !== undefined && r.portNode);
    if (!refs.length) return;
    const all = workspaceFacts(workspace, model);
    if (!all) return;
    const ns = k8sModel(doc).namespace;
    for (const r of refs) {
      const svc = objectsOfKind(all, 'Service').find((s) => s.fact.name === r.name && sameNamespace(s.fact.namespace, ns));
      if (!svc) continue;
      const ports = svc.fact.ports ?? [];
      const ok = typeof r.port === 'number' ? ports.some((p) => p.port === r.port) : ports.some((p) => p.name === r.port);
      if (ok || (typeof r.port === 'string' && /\$|\{\{/.test(r.port))) continue;
      const range = nodeRange(model, r.portNode);
      // A port without its number (the schema check reports it) is shown by its name alone.
      const listed = ports.map((p) => (p.name && p.port !== undefined ? `${p.name} (${p.port})` : (p.name ?? String(p.port ?? '')))).filter(Boolean).join(', ');
      if (!range) continue;
      if (!listed) report(range, { service: r.name, port: String(r.port) }, undefined, 'noPorts');
      else report(range, { service: r.name, port: String(r.port), ports: listed }, undefined, typeof r.port === 'number' ? undefined : 'name');
    }
  },
};
