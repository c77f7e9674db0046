import { ruleSpec } from './spec';

const job = (policy: string) => `apiVersion: batch/v1\nkind: Job\nmetadata: { name: hello }\nspec:\n  template:\n    spec:\n${policy}      containers:\n        - name: hello\n          image: busybox:1.36\n`;

ruleSpec('K8S014', {
  path: 'job.yaml',
  fires: [
    [job('      restartPolicy: Always\n'), ['K8S014@7:22-7:28']],
    // none: a pod's default is Always
    [job(''), ['K8S014@6']],
    ['apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: c }\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{ name: c, image: busybox:1.36 }]\n', ['K8S014@9']],
  ],
  quiet: [
    job('      restartPolicy: Never\n'),
    job('      restartPolicy: OnFailure\n'),
    // a Deployment's pods do restart
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers: [{ name: c, image: a:1 }]\n',
  ],
  fixes: [
    [job('      restartPolicy: Always\n'), 7, job('      restartPolicy: Never\n')],
    [job(''), 6, 'apiVersion: batch/v1\nkind: Job\nmetadata: { name: hello }\nspec:\n  template:\n    spec:\n      containers:\n        - name: hello\n          image: busybox:1.36\n      restartPolicy: Never\n'],
  ],
  preferredFix: true,
  details: [
    [job('      restartPolicy: Always\n'), 7, { args: { kind: 'Job' }, variant: undefined }],
    [job(''), 6, { variant: 'missing' }],
  ],
});
