import type { YamlCheck } from '../../kinds/yaml';
import { getIn, getPair } from '../../yaml';
import { k8sModel, nodeRange } from '../model';
import { podTemplates, selectedWorkloads } from '../references';
import { describe, near, workspaceFacts } from './crossfile';
import { wholeObjectsOnly } from '../context';

/**
 * K8S030: a Service whose selector matches no pod template in the workspace (Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, Job or Pod labels): it would have no endpoints, and requests to it fail. Said only when the workspace has
 * pod templates at all; the closest label set is named (a typo in `app: helo` or the Deployment's own labels used
 * instead of its template's). The pods may be created elsewhere (another repository, Helm): information, not an error.
 */
export const check: YamlCheck = wholeObjectsOnly({
  rule: 'K8S030',
  formats: ['kubernetes'],
  run({ model, unit: doc, report, workspace }) {
    if (doc.kind !== 'Service') return;
    const m = k8sModel(doc);
    const selector = m.selector;
    if (!selector || !Object.keys(selector).length || Object.values(selector).some((v) => /\$|\{\{/.test(v))) return;
    const all = workspaceFacts(workspace, model);
    if (!all) return;
    const templates = podTemplates(all).filter((t) => Object.keys(t.fact.podLabels!).length).map((t) => ({ o: t.fact, file: t.file }));
    if (!templates.length || selectedWorkloads(all, selector, m.namespace).length) return;
    const range = nodeRange(model, getPair(getIn(doc.yaml.doc.contents, ['spec']), 'selector')?.key);
    if (!range) return;
    const show = (l: Record<string, string>) => Object.entries(l).map(([k, v]) => `${k}=${v}`).join(', ');
    // The closest template: the most selector labels with the same value, then the most with the same key.
    const score = (labels: Record<string, string>) => Object.entries(selector).reduce((s, [k, v]) => s + (labels[k] === v ? 2 : k in labels ? 1 : 0), 0);
    const best = templates.filter((t) => near(model.path, t.file)).map((t) => ({ t, s: score(t.o.podLabels!) })).sort((a, b) => b.s - a.s)[0];
    const args: Record<string, string> = { service: m.name ?? '', selector: show(selector) };
    if (best && best.s > 0) {
      args.closest = show(best.t.o.podLabels!);
      args.workload = describe(best.t.o.kind, best.t.o.name, best.t.file);
      report(range, args, undefined, 'closest');
    } else report(range, args);
  },
});
