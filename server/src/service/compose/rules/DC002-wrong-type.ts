import type { YamlCheck } from '../../kinds/yaml';
import { schemaIssues } from '../schema';

/**
 * DC002: a value of the wrong type (a list where a map is expected, a map where a string is expected …).
 * One schema validation per document feeds DC001–DC005; each reports its own kind of issue.
 */
export const check: YamlCheck = {
  rule: 'DC002',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const i of schemaIssues(model, doc)) if (i.kind === 'type') report(i.range, i.args, i.fixes, i.variant);
  },
};
