import type { YamlCheck } from '../../kinds/yaml';
import { getIn, getValue } from '../../yaml';
import { nodeRange } from '../model';
import { wholeObjectsOnly } from '../context';

/**
 * K8S029: a Job without `ttlSecondsAfterFinished`. A finished Job and its pods stay in the cluster until someone
 * deletes them (their logs too); the TTL controller removes them that many seconds after they finish. (A CronJob's
 * Jobs are cleaned up by its history limits instead.)
 */
export const check: YamlCheck = wholeObjectsOnly({
  rule: 'K8S029',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    if (doc.kind !== 'Job' || doc.apiVersion !== 'batch/v1') return;
    const spec = getValue(doc.yaml.doc.contents, 'spec');
    if (!spec || getIn(spec, ['ttlSecondsAfterFinished']) !== undefined) return;
    const range = nodeRange(model, getValue(doc.yaml.doc.contents, 'kind'));
    if (range) report(range, {});
  },
});
