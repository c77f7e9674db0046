import { dedent } from '../../helpers';
import { ruleSpec } from './spec';

// The notes' ReplicaSet with its typos (sepc, temlplate, metaLabels, container).
const NOTES_RS = dedent(`
  apiVersion: apps/v1
  kind: ReplicaSet
  metadata:
    name: hello
  spec:
    replicas: 4
    selector:
      metaLabels:
        role: web
    temlplate:
      metadata:
        labels:
          role: web
      spec:
        containers:
          - name: hello
            image: nginx:1.27
`);
// The notes' Deployment: the strategy fields directly under spec, and `minReadyHistoryLimit`.
const NOTES_DEPLOY = dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: rolling
  spec:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
    minReadySeconds: 5
    minReadyHistoryLimit: 3
    selector:
      matchLabels: { app: web }
    template:
      metadata:
        labels: { app: web }
      spec:
        containers:
          - name: web
            image: nginx:1.27
`);
// Only the strategy type misplaced: the fix creates `strategy` and moves the key into it …
const TYPE_ONLY = NOTES_DEPLOY.replace('  rollingUpdate:\n    maxSurge: 1\n    maxUnavailable: 0\n', '').replace('  minReadyHistoryLimit: 3\n', '');
// … or moves it into the existing one.
const INTO_STRATEGY = TYPE_ONLY.replace('  minReadySeconds: 5\n', '  minReadySeconds: 5\n  strategy:\n    rollingUpdate:\n      maxSurge: 1\n');
const CRON = dedent(`
  apiVersion: batch/v1
  kind: CronJob
  metadata:
    name: hello
  spec:
    schedule: "*/1 * * * *"
    successHistoyLimit: 3
    jobTemplate:
      spec:
        template:
          spec:
            restartPolicy: Never
            container:
              - name: hello
                image: ubuntu:24.04
`);
const SELECTOR_EXPR = dedent(`
  apiVersion: apps/v1
  kind: ReplicaSet
  metadata: { name: cache }
  spec:
    selector:
      matchExpressions:
        - {key: tier, In, values: [cache]}
        - {key: environment, oerator: NotIn, values: [dev]}
    template:
      metadata:
        labels: { tier: cache }
      spec:
        containers: [{ name: c, image: redis:7 }]
`);
const ENV_SECRET_REF = dedent(`
  apiVersion: v1
  kind: Pod
  metadata: { name: db }
  spec:
    containers:
      - name: db
        image: mysql:8.4
        env:
          - name: MYSQL_ROOT_PASSWORD
            valueFrom:
              secretRef:
                name: mysql-secret
`);
const CONTAINERS_IN_SPEC = dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    selector:
      matchLabels:
        app: web
    containers:
      - name: web
        image: nginx:1.27
    template:
      metadata:
        labels:
          app: web
      spec:
        nodeName: node-1
`);
const TOO_DEEP = dedent(`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
  spec:
    containers:
      - name: web
        image: nginx:1.27
        resources:
          name: web
`);

ruleSpec('K8S100', {
  path: 'manifests.yaml',
  fires: [
    [NOTES_RS, ['K8S100@8:5-8:15', 'K8S100@10:3-10:12']],
    [NOTES_DEPLOY, ['K8S100@6', 'K8S100@7', 'K8S100@11']],
    [CRON, ['K8S100@7', 'K8S100@13']],
    [SELECTOR_EXPR, ['K8S100@7', 'K8S100@8']],
    [ENV_SECRET_REF, ['K8S100@11']],
    [CONTAINERS_IN_SPEC, ['K8S100@9']],
    [TOO_DEEP, ['K8S100@10']],
    // the top level: sepc → spec
    ['apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\ndatas:\n  a: "1"\n', ['K8S100@4']],
    // a strategic-merge directive in a plain manifest
    ['apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  $patch: replace\n  containers: [{ name: c, image: a:1 }]\n', ['K8S100@5']],
  ],
  quiet: [
    // correct spellings
    NOTES_RS.replace('metaLabels', 'matchLabels').replace('temlplate', 'template'),
    // custom resources are not ours to judge
    'apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\nspec:\n  anything: goes\n',
    // status is part of every kind; free-form maps (labels, annotations, data) take any key
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: { a: b }\n  annotations: { x/y: z }\ndata:\n  whatever.conf: |\n    x\n',
    // a YAML syntax error: YAML001 speaks, not the field tree
    'apiVersion: v1\nkind: Pod\nmetadata: { name: p\nspec: {}\n',
    // a Helm chart's template (a Chart.yaml above templates/) and a kustomize patch are not checked as objects
    { path: 'chart/templates/deploy.yaml', files: { 'chart/Chart.yaml': 'name: c\n', 'chart/templates/deploy.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  $patch: replace\n' } },
    { path: 'overlay/patch.yaml', files: { 'overlay/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: patch.yaml\n', 'overlay/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          $patch: delete\n' } },
    // kubectl's List: items checked as their own kinds
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: a }\n    data: { k: v }\n',
  ],
  fixRevealsErrorsOf: ['K8S102'],
  fixes: [
    [NOTES_RS, 10, NOTES_RS.replace('temlplate', 'template')],
    [SELECTOR_EXPR, 7, SELECTOR_EXPR.replace('{key: tier, In,', '{key: tier, operator: In,')],
    // (secretKeyRef then needs its `key`: K8S102 says so, the next step is the user's)
    [ENV_SECRET_REF, 11, ENV_SECRET_REF.replace('secretRef:', 'secretKeyRef:')],
    // misplaced fields move where they belong, created when missing
    [TYPE_ONLY, 6, TYPE_ONLY.replace('  type: RollingUpdate\n', '').replace('        - name: web\n          image: nginx:1.27\n', '        - name: web\n          image: nginx:1.27\n  strategy:\n    type: RollingUpdate\n')],
    [INTO_STRATEGY, 6, INTO_STRATEGY.replace('  type: RollingUpdate\n', '').replace('      maxSurge: 1\n', '      maxSurge: 1\n    type: RollingUpdate\n')],
    // a key dedented to the top level right after the map it belongs to (found by the fuzzer): one replacement
    ['apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\nselector:\n  app: web\n', 8, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n  selector:\n    app: web\n'],
    [CONTAINERS_IN_SPEC, 9, CONTAINERS_IN_SPEC.replace('  containers:\n    - name: web\n      image: nginx:1.27\n', '').replace('      nodeName: node-1\n', '      nodeName: node-1\n      containers:\n        - name: web\n          image: nginx:1.27\n')],
  ],
  details: [
    [NOTES_RS, 8, { args: { key: 'metaLabels', suggestion: 'matchLabels', where: 'spec.selector' }, variant: 'suggest' }],
    [NOTES_DEPLOY, 6, { args: { key: 'type', belongs: 'spec.strategy' }, variant: 'misplaced' }],
    [NOTES_DEPLOY, 7, { args: { key: 'rollingUpdate', belongs: 'spec.strategy' }, variant: 'misplaced' }],
    [NOTES_DEPLOY, 11, { args: { key: 'minReadyHistoryLimit', suggestion: 'revisionHistoryLimit' }, variant: 'suggest' }],
    [CRON, 7, { args: { suggestion: 'successfulJobsHistoryLimit' } }],
    [CRON, 13, { args: { suggestion: 'containers' } }],
    [SELECTOR_EXPR, 7, { args: { key: 'In', field: 'operator' }, variant: 'valueAsKey' }],
    [SELECTOR_EXPR, 8, { args: { key: 'oerator', suggestion: 'operator' } }],
    [ENV_SECRET_REF, 11, { args: { suggestion: 'secretKeyRef' } }],
    [CONTAINERS_IN_SPEC, 9, { args: { belongs: 'spec.template.spec' }, variant: 'misplaced' }],
    [TOO_DEEP, 10, { args: { key: 'name', belongs: 'spec.containers[0]' }, variant: 'misplacedUp' }],
    ['apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\ndatas:\n  a: "1"\n', 4, { args: { suggestion: 'data' }, variant: 'topSuggest' }],
  ],
});
