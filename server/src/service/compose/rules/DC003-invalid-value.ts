import type { YamlCheck } from '../../kinds/yaml';
import { schemaIssues } from '../schema';

/**
 * DC003: a value outside the allowed set (`restart`, `condition`, `pull_policy` …); the allowed values are listed.
 * One schema validation per document feeds DC001–DC005; each reports its own kind of issue.
 */
export const check: YamlCheck = {
  rule: 'DC003',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const i of schemaIssues(model, doc)) if (i.kind === 'enum') report(i.range, i.args, i.fixes, i.variant);
  },
};
