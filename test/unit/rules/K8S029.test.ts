import { ruleSpec } from './spec';

const job = (extra: string) => `apiVersion: batch/v1\nkind: Job\nmetadata: { name: backup }\nspec:\n${extra}  template:\n    spec:\n      restartPolicy: Never\n      containers: [{ name: c, image: busybox:1.36 }]\n`;

ruleSpec('K8S029', {
  path: 'job.yaml',
  fires: [
    [job(''), ['K8S029@2:7-2:10']],
    [job('  backoffLimit: 2\n'), ['K8S029@2']],
    [job('  completions: 10\n  parallelism: 2\n'), ['K8S029@2']],
  ],
  quiet: [
    job('  ttlSecondsAfterFinished: 86400\n'),
    // a CronJob's Jobs are cleaned up by its history limits
    'apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: c }\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers: [{ name: c, image: a:1 }]\n',
    job('  ttlSecondsAfterFinished: 0\n'),
  ],
});
