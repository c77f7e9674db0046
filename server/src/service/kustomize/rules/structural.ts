// The rules that report one kind of structural issue of a kustomization (unknown field, a name that only matches by
// case, wrong type, refused value, ignored value) are thin filters over the document's one walk (validate.ts).
import type { YamlCheck } from '../../kinds/yaml';
import { kustomizationIssues, type KusIssueKind } from '../validate';

export function structuralRule(rule: string, kind: KusIssueKind): YamlCheck {
  return {
    rule,
    formats: ['kustomize'],
    run({ model, unit: doc, report }) {
      for (const i of kustomizationIssues(model, doc)) if (i.kind === kind) report(i.range, i.args, i.fixes, i.variant);
    },
  };
}
