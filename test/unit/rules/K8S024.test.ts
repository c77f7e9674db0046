import { ruleSpec } from './spec';

const pod = (podCtx: string, ctx: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n${podCtx}  containers:\n    - name: web\n      image: nginx:1.27\n${ctx}`;

ruleSpec('K8S024', {
  path: 'pod.yaml',
  fires: [
    [pod('', ''), ['K8S024@6:7-6:11']],
    [pod('', '      securityContext:\n        runAsUser: 0\n'), ['K8S024@9']],
    [pod('  securityContext:\n    runAsUser: 0\n', ''), ['K8S024@6']],
    [pod('', '      securityContext:\n        runAsNonRoot: false\n'), ['K8S024@6']],
  ],
  quiet: [
    pod('', '      securityContext:\n        runAsNonRoot: true\n'),
    pod('  securityContext:\n    runAsUser: 10001\n', ''),
    // the container's own setting wins over the pod's
    pod('  securityContext:\n    runAsUser: 0\n', '      securityContext:\n        runAsUser: 1000\n'),
  ],
  details: [
    [pod('', ''), 6, { args: { container: 'web' }, variant: undefined }],
    [pod('', '      securityContext:\n        runAsUser: 0\n'), 9, { variant: 'root' }],
  ],
});
