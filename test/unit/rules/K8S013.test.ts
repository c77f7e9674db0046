import { ruleSpec } from './spec';

const cron = (schedule: string) => `apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: hello }\nspec:\n  schedule: ${schedule}\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers: [{ name: c, image: busybox:1.36 }]\n`;

ruleSpec('K8S013', {
  path: 'cron.yaml',
  fires: [
    // the notes' schedule: a step with nothing before the slash
    [cron('"/1 * * * *"'), ['K8S013@5:13-5:25']],
    [cron('"61 * * * *"'), ['K8S013@5']],
    [cron('"0 0 * *"'), ['K8S013@5']],
    [cron('"0 0 0 * * *"'), ['K8S013@5']],
    [cron('"TZ=Asia/Seoul 0 9 * * *"'), ['K8S013@5']],
    [cron('"0 0 L * *"'), ['K8S013@5']],
    [cron('"@fortnightly"'), ['K8S013@5']],
  ],
  quiet: [
    cron('"*/5 * * * *"'),
    cron('"0 9 * * MON-FRI"'),
    cron('"@hourly"'),
    cron('"30 3 1,15 * ?"'),
    cron('"{{ .Values.schedule }}"'.replace('.Values', 'values')),
  ],
  fixes: [[cron('"/1 * * * *"'), 5, cron('"*/1 * * * *"')]],
  preferredFix: true,
  details: [
    [cron('"/1 * * * *"'), 5, { args: { suggestion: '*/1 * * * *' }, variant: 'step' }],
    [cron('"61 * * * *"'), 5, { variant: 'value' }],
    [cron('"0 0 * *"'), 5, { variant: 'fields' }],
    [cron('"0 0 0 * * *"'), 5, { variant: 'seconds' }],
    [cron('"TZ=Asia/Seoul 0 9 * * *"'), 5, { variant: 'timeZone' }],
    [cron('"0 0 L * *"'), 5, { variant: 'extension' }],
    [cron('"@fortnightly"'), 5, { variant: 'macro' }],
  ],
});
