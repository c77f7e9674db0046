import { dedent } from '../../helpers';
import { ruleSpec } from './spec';

const pod = (extra: string) => dedent(`
  apiVersion: v1
  kind: Pod
  metadata: { name: web }
  spec:
    containers:
      - name: web
        image: nginx:1.27
${extra.replace(/^/gm, '        ')}
`);
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  type: nodeport\n  ports: [{ port: 80 }]\n';

ruleSpec('K8S103', {
  path: 'manifests.yaml',
  fires: [
    // values outside the enumeration (the case matters)
    [pod('imagePullPolicy: always'), ['K8S103@8:24-8:30']],
    [SERVICE, ['K8S103@5']],
    [pod('imagePullPolicy: Sometimes'), ['K8S103@8']],
    // not a quantity
    [pod('resources:\n  limits: { memory: 512MB }'), ['K8S103@9']],
    // maxSurge: a number or a percentage
    ['apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  selector: { matchLabels: { a: b } }\n  strategy:\n    rollingUpdate: { maxSurge: 25 percent }\n  template:\n    metadata: { labels: { a: b } }\n    spec:\n      containers: [{ name: c, image: a:1 }]\n', ['K8S103@7']],
    // the label-selector operator (prose in the API, our table)
    ['apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: { name: r }\nspec:\n  selector:\n    matchExpressions:\n      - { key: a, operator: in, values: [b] }\n  template:\n    metadata: { labels: { a: b } }\n    spec:\n      containers: [{ name: c, image: a:1 }]\n', ['K8S103@7']],
  ],
  quiet: [
    pod('imagePullPolicy: IfNotPresent\nresources:\n  requests: { cpu: 500m, memory: 1.5Gi }\n  limits: { cpu: "2", memory: 1e9 }'),
    SERVICE.replace('nodeport', 'NodePort'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  selector: { matchLabels: { a: b } }\n  strategy:\n    rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 }\n  template:\n    metadata: { labels: { a: b } }\n    spec:\n      containers: [{ name: c, image: a:1 }]\n',
    // a placeholder another tool fills in
    pod('imagePullPolicy: ${PULL_POLICY}'),
  ],
  fixes: [
    [pod('imagePullPolicy: always'), 8, pod('imagePullPolicy: Always')],
    [SERVICE, 5, SERVICE.replace('nodeport', 'NodePort')],
  ],
  preferredFix: true,
  details: [
    [pod('imagePullPolicy: always'), 8, { args: { value: 'always', suggestion: 'Always' }, variant: 'case' }],
    [pod('imagePullPolicy: Sometimes'), 8, { args: { value: 'Sometimes', allowed: 'Always, IfNotPresent, Never' }, variant: undefined }],
    [pod('resources:\n  limits: { memory: 512MB }'), 9, { args: { value: '512MB' }, variant: 'quantity' }],
  ],
});
