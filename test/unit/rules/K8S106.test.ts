import { ruleSpec } from './spec';

const svc = (port: string) => `apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  type: NodePort\n  ports:\n    - ${port}\n`;
const affinity = (weight: number) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: c, image: a:1 }]\n  affinity:\n    nodeAffinity:\n      preferredDuringSchedulingIgnoredDuringExecution:\n        - weight: ${weight}\n          preference:\n            matchExpressions: [{ key: team, operator: In, values: [red] }]\n`;

ruleSpec('K8S106', {
  path: 'manifests.yaml',
  fires: [
    [svc('{ port: 8080, nodePort: 8080 }'), ['K8S106@7']],
    [svc('{ port: 70000 }'), ['K8S106@7']],
    // the notes say affinity weights go from 40 to 100: they go from 1 to 100
    [affinity(0), ['K8S106@9']],
    [affinity(101), ['K8S106@9']],
    ['apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  replicas: -1\n', ['K8S106@5']],
    ['apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: a:1\n      ports: [{ containerPort: 0 }]\n', ['K8S106@8']],
  ],
  quiet: [
    svc('{ port: 8080, targetPort: 80, nodePort: 31000 }'),
    // 0 is "not set" for a node port and a target port
    svc('{ port: 8080, targetPort: 0, nodePort: 0 }'),
    affinity(1),
    affinity(100),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  replicas: 0\n',
  ],
  details: [
    [svc('{ port: 8080, nodePort: 8080 }'), 7, { args: { value: '8080', min: '30000', max: '32767' }, variant: 'nodePort' }],
    [svc('{ port: 70000 }'), 7, { args: { value: '70000', min: '1', max: '65535' }, variant: 'between' }],
    ['apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  replicas: -1\n', 5, { args: { min: '0' }, variant: 'min' }],
  ],
});
