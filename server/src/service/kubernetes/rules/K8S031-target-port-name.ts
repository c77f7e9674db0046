import type { YamlCheck } from '../../kinds/yaml';
import { getIn, getValue, scalarValue, seqItems } from '../../yaml';
import { k8sModel, nodeRange } from '../model';
import { selectedWorkloads } from '../references';
import { describe, workspaceFacts } from './crossfile';
import { wholeObjectsOnly } from '../context';

/**
 * K8S031: a Service `targetPort` given by name that no container of the pods it selects declares (in the workspace):
 * the endpoints get no port for it and connections fail. A number is not checked (containers need not declare the
 * ports they listen on).
 */
export const check: YamlCheck = wholeObjectsOnly({
  rule: 'K8S031',
  formats: ['kubernetes'],
  run({ model, unit: doc, report, workspace }) {
    if (doc.kind !== 'Service') return;
    const m = k8sModel(doc);
    if (!m.selector || !Object.keys(m.selector).length) return;
    const named = seqItems(getIn(doc.yaml.doc.contents, ['spec', 'ports'])).map((p) => ({ node: getValue(p, 'targetPort'), value: scalarValue(getValue(p, 'targetPort')) })).filter((p) => typeof p.value === 'string' && !/^\d+$/.test(p.value) && !/\$|\{\{/.test(p.value));
    if (!named.length) return;
    const all = workspaceFacts(workspace, model);
    if (!all) return;
    const selected = selectedWorkloads(all, m.selector, m.namespace);
    if (!selected.length) return; // K8S030's business
    const declared = new Set(selected.flatMap((w) => (w.fact.containers ?? []).flatMap((c) => c.ports.map((p) => p.name)).filter((n): n is string => !!n)));
    for (const p of named) {
      if (declared.has(p.value as string)) continue;
      const range = nodeRange(model, p.node);
      if (range) report(range, { port: p.value as string, workloads: selected.slice(0, 3).map((w) => describe(w.fact.kind, w.fact.name, w.file)).join(', '), ...(declared.size ? { declared: [...declared].join(', ') } : {}) }, undefined, declared.size ? undefined : 'noNames');
    }
  },
});
