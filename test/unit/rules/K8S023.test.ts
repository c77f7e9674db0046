import { ruleSpec } from './spec';

const pod = (ctx: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n${ctx}`;

ruleSpec('K8S023', {
  path: 'pod.yaml',
  fires: [
    [pod('        privileged: true\n'), ['K8S023@9:9-9:19']],
    [pod('        allowPrivilegeEscalation: true\n'), ['K8S023@9']],
    [pod('        privileged: true\n        allowPrivilegeEscalation: true\n'), ['K8S023@9', 'K8S023@10']],
  ],
  quiet: [
    pod('        privileged: false\n        allowPrivilegeEscalation: false\n'),
    pod('        runAsNonRoot: true\n'),
    // a quoted string is not the boolean (K8S101 says so)
    pod('        privileged: "true"\n'),
  ],
  details: [
    [pod('        privileged: true\n'), 9, { args: { container: 'web' }, variant: undefined }],
    [pod('        allowPrivilegeEscalation: true\n'), 9, { variant: 'escalation' }],
  ],
});
