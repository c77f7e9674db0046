import type { YamlCheck } from '../../kinds/yaml';
import { schemaIssues } from '../schema';

/**
 * DC001: a key the Compose Specification does not know (a typo such as `port` for `ports`).
 * One schema validation per document feeds DC001–DC005; each reports its own kind of issue.
 */
export const check: YamlCheck = {
  rule: 'DC001',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const i of schemaIssues(model, doc)) if (i.kind === 'unknown-key') report(i.range, i.args, i.fixes, i.variant);
  },
};
