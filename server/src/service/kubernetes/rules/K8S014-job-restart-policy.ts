import type { YamlCheck } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { getPair, getValue, insertPair, isMap, scalarString } from '../../yaml';
import { k8sModel, nodeRange } from '../model';

/**
 * K8S014: a Job's (or CronJob's) pod template with `restartPolicy: Always`, or none (a pod's default is Always). A Job
 * runs to completion, so the API accepts only `Never` (a failed pod is replaced by a new one) or `OnFailure` (the
 * container restarts in place).
 */
export const check: YamlCheck = {
  rule: 'K8S014',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    if (doc.kind !== 'Job' && doc.kind !== 'CronJob') return;
    if (doc.apiVersion !== 'batch/v1' && doc.apiVersion !== 'batch/v1beta1') return;
    const spec = k8sModel(doc).podSpec;
    if (!isMap(spec)) return;
    const pair = getPair(spec, 'restartPolicy');
    const value = scalarString(pair?.value);
    if (pair && value !== 'Always') return;
    if (pair) {
      const range = nodeRange(model, pair.value);
      if (range) report(range, { kind: doc.kind }, [{ titleId: 'never', edits: [{ range, newText: 'Never' }], preferred: true }, { titleId: 'onFailure', edits: [{ range, newText: 'OnFailure' }] }]);
      return;
    }
    // No restartPolicy: mark the pod spec's key, and offer to add one.
    const template = doc.kind === 'Job' ? getValue(getValue(doc.yaml.doc.contents, 'spec'), 'template') : getValue(getValue(getValue(getValue(doc.yaml.doc.contents, 'spec'), 'jobTemplate'), 'spec'), 'template');
    const specPair = getPair(template, 'spec');
    const range = nodeRange(model, specPair?.key);
    if (!range) return;
    const fixes: Fix[] = [];
    const edit = insertPair(model.text, model.index, spec, 'restartPolicy', 'Never');
    if (edit) fixes.push({ titleId: 'addNever', edits: [{ range: model.index.range(edit.start, edit.end), newText: edit.newText }], preferred: true });
    report(range, { kind: doc.kind }, fixes, 'missing');
  },
};
