import { dedent } from '../../helpers';
import { ruleSpec } from './spec';

const deploy = (selector: string, labels: string) => dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web }
  spec:
    selector:
${selector.replace(/^/gm, '      ')}
    template:
      metadata:
        labels:
${labels.replace(/^/gm, '          ')}
      spec:
        containers: [{ name: web, image: nginx:1.27 }]
`);

ruleSpec('K8S010', {
  path: 'deploy.yaml',
  fires: [
    // the selector names a label the pods do not have
    [deploy('matchLabels:\n  app: hello', 'app: web'), ['K8S010@7:7-7:10']],
    [deploy('matchLabels:\n  app: web\n  tier: front', 'app: web'), ['K8S010@8']],
    // an expression the labels fail
    [deploy('matchLabels: { app: web }\nmatchExpressions:\n  - { key: tier, operator: In, values: [cache] }', 'app: web\ntier: front'), ['K8S010@8']],
    [deploy('matchExpressions:\n  - { key: env, operator: NotIn, values: [dev] }', 'env: dev'), ['K8S010@7']],
    // a ReplicationController selects with a plain map
    ['apiVersion: v1\nkind: ReplicationController\nmetadata: { name: r }\nspec:\n  selector: { app: a }\n  template:\n    metadata: { labels: { app: b } }\n    spec:\n      containers: [{ name: c, image: a:1 }]\n', ['K8S010@5']],
  ],
  quiet: [
    deploy('matchLabels:\n  app: web', 'app: web\ntier: front'),
    deploy('matchExpressions:\n  - { key: tier, operator: Exists }\n  - { key: env, operator: DoesNotExist }', 'tier: x'),
    // values filled in by a tool
    deploy('matchLabels:\n  app: ${APP}', 'app: ${APP}'),
    // a Job's selector is generated unless manualSelector is set
    'apiVersion: batch/v1\nkind: Job\nmetadata: { name: j }\nspec:\n  selector: { matchLabels: { a: b } }\n  template:\n    metadata: { labels: { c: d } }\n    spec:\n      restartPolicy: Never\n      containers: [{ name: c, image: a:1 }]\n',
    // a Service selects pods of other objects (K8S030's business)
    'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  selector: { app: x }\n  ports: [{ port: 80 }]\n',
  ],
  details: [
    [deploy('matchLabels:\n  app: hello', 'app: web'), 7, { args: { key: 'app', value: 'hello', selector: 'app=hello', labels: 'app=web' }, variant: undefined }],
    [deploy('matchExpressions:\n  - { key: env, operator: NotIn, values: [dev] }', 'env: dev'), 7, { args: { key: 'env', value: 'NotIn' }, variant: 'expression' }],
  ],
});
