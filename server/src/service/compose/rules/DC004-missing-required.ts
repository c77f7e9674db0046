import type { YamlCheck } from '../../kinds/yaml';
import { schemaIssues } from '../schema';

/**
 * DC004: a required key is missing (`condition` in long-form `depends_on`, `action`/`path` in `develop.watch` …).
 * One schema validation per document feeds DC001–DC005; each reports its own kind of issue.
 */
export const check: YamlCheck = {
  rule: 'DC004',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const i of schemaIssues(model, doc)) if (i.kind === 'required') report(i.range, i.args, i.fixes, i.variant);
  },
};
