import { ruleSpec } from './spec';

const SA = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: app }\n';
const pod = (sa: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  serviceAccountName: ${sa}\n  containers: [{ name: c, image: a:1 }]\n`;

ruleSpec('K8S033', {
  path: 'pod.yaml',
  files: { 'sa.yaml': SA },
  fires: [
    [pod('ap'), ['K8S033@5:23-5:25']],
    [pod('builder'), ['K8S033@5']],
    ['apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  template:\n    spec:\n      serviceAccountName: deployer\n      containers: [{ name: c, image: a:1 }]\n', ['K8S033@7']],
  ],
  quiet: [
    pod('app'),
    // every namespace has `default`
    pod('default'),
    { path: 'pod.yaml', files: { 'pod.yaml': pod('builder') } },
  ],
  details: [[pod('builder'), 5, { args: { name: 'builder' } }]],
});
