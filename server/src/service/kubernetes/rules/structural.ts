// The rules that report one kind of structural issue (unknown field, wrong type, missing required field, value not
// allowed, out of range, bad name) are thin filters over the document's one walk (validate.ts). A kustomize patch is a
// partial object: its missing required fields are not reported, and its `$patch` directives are allowed. A Helm
// chart's template is not a manifest until rendered. A resource whose kustomization adds selector labels may leave
// `spec.selector` out: kustomize creates it.
import type { YamlCheck } from '../../kinds/yaml';
import { kubernetesIssues, type K8sIssueKind } from '../validate';
import { documentRole, selectorFromKustomize } from '../context';

export function structuralRule(rule: string, kind: K8sIssueKind): YamlCheck {
  return {
    rule,
    formats: ['kubernetes'],
    run({ model, unit: doc, report, fs, workspace }) {
      const issues = kubernetesIssues(model, doc).filter((i) => i.kind === kind);
      if (!issues.length) return;
      const role = documentRole(model, fs, workspace);
      if (role === 'template') return;
      let selectorMade: boolean | undefined;
      for (const i of issues) {
        if (role === 'patch' && (i.kind === 'required' || i.directive)) continue;
        if (i.kind === 'required' && i.args.property === 'selector' && (selectorMade ??= selectorFromKustomize(model, fs, workspace))) continue;
        report(i.range, i.args, i.fixes, i.variant);
      }
    },
  };
}
