import type { YamlCheck } from '../../kinds/yaml';
import { getIn, getValue, isMap, mapPairs, pairKey, scalarString, seqItems } from '../../yaml';
import { k8sModel, nodeRange, stringMap } from '../model';
import { isPlaceholder } from '../constraints';
import { wholeObjectsOnly } from '../context';

const SELECTING = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController']);

/** Does a label set satisfy one `matchExpressions` requirement? Undefined when it cannot be told (placeholders). */
function satisfies(labels: Record<string, string>, req: unknown): boolean | undefined {
  const key = scalarString(getValue(req, 'key'));
  const op = scalarString(getValue(req, 'operator'));
  const values = seqItems(getValue(req, 'values')).map(scalarString);
  if (!key || !op || isPlaceholder(key) || values.some((v) => v === undefined || isPlaceholder(v))) return undefined;
  const has = Object.prototype.hasOwnProperty.call(labels, key);
  switch (op) {
    case 'In': return has && values.includes(labels[key]);
    case 'NotIn': return !has || !values.includes(labels[key]);
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
    default: return undefined;
  }
}

const show = (m: Record<string, string>) => Object.entries(m).map(([k, v]) => `${k}=${v}`).join(', ');

/**
 * K8S010: a workload's selector that its own pod template does not match (`spec.selector.matchLabels` vs
 * `spec.template.metadata.labels`): the API rejects it ("selector does not match template labels"), and were it
 * accepted the controller would create pods it cannot count. A Job's selector only when it sets `manualSelector`.
 */
export const check: YamlCheck = wholeObjectsOnly({
  rule: 'K8S010',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    const m = k8sModel(doc);
    const root = doc.yaml.doc.contents;
    const job = doc.kind === 'Job' && scalarString(getIn(root, ['spec', 'manualSelector'])) === 'true';
    if (!doc.kind || (!SELECTING.has(doc.kind) && !job)) return;
    const selector = getIn(root, ['spec', 'selector']);
    if (!isMap(selector) || !m.podLabels || getIn(root, ['spec', 'template']) === undefined) return;
    const labels = m.podLabels;
    if (Object.values(labels).some(isPlaceholder) || Object.keys(labels).some(isPlaceholder)) return;
    const matchLabels = doc.kind === 'ReplicationController' ? selector : getValue(selector, 'matchLabels');
    const wanted = stringMap(matchLabels);
    if (Object.values(wanted).some(isPlaceholder)) return;
    const missing = Object.entries(wanted).filter(([k, v]) => labels[k] !== v);
    const failing = doc.kind === 'ReplicationController' ? [] : seqItems(getValue(selector, 'matchExpressions')).filter((r) => satisfies(labels, r) === false);
    if (!missing.length && !failing.length) return;
    // The template's labels are named only when it has some (a variant says when it has none).
    const templateLabels = Object.keys(labels).length > 0;
    const shownLabels: Record<string, string> = templateLabels ? { labels: show(labels) } : {};
    if (missing.length) {
      // On the first label of the selector that the template lacks.
      const pair = mapPairs(matchLabels).find((p) => pairKey(p) === missing[0][0]);
      const range = nodeRange(model, pair?.key) ?? nodeRange(model, getValue(getIn(root, ['spec']), 'selector'));
      if (range) report(range, { selector: show(wanted), ...shownLabels, key: missing[0][0], value: missing[0][1] }, undefined, templateLabels ? undefined : 'noLabels');
      return;
    }
    const key = scalarString(getValue(failing[0], 'key'));
    const operator = scalarString(getValue(failing[0], 'operator'));
    const range = nodeRange(model, getValue(failing[0], 'key')) ?? nodeRange(model, failing[0]);
    // A requirement without its key or operator is the schema check's (K8S102), not a mismatch to explain.
    if (range && key && operator) report(range, { ...shownLabels, key, value: operator }, undefined, templateLabels ? 'expression' : 'expressionNoLabels');
  },
});
