import type { YamlCheck } from '../../kinds/yaml';
import { schemaIssues } from '../schema';

/**
 * DC005: a value of the right type in the wrong form (a name with forbidden characters, a pattern or a range it breaks, a duplicate).
 * One schema validation per document feeds DC001–DC005; each reports its own kind of issue.
 */
export const check: YamlCheck = {
  rule: 'DC005',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const i of schemaIssues(model, doc)) if (i.kind === 'invalid') report(i.range, i.args, i.fixes, i.variant);
  },
};
