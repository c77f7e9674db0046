import { ruleSpec } from './spec';

ruleSpec('K8S016', {
  path: 'pod.yaml',
  fires: [
    ['apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  nodeName: minikube-m02\n  containers: [{ name: c, image: a:1 }]\n', ['K8S016@5:3-5:11']],
    ['apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  template:\n    spec:\n      nodeName: n1\n      containers: [{ name: c, image: a:1 }]\n', ['K8S016@7']],
    ['apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: c }\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          nodeName: n1\n          restartPolicy: Never\n          containers: [{ name: c, image: a:1 }]\n', ['K8S016@10']],
  ],
  quiet: [
    'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  nodeSelector: { team: red }\n  containers: [{ name: c, image: a:1 }]\n',
    'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  nodeName: $(NODE)\n  containers: [{ name: c, image: a:1 }]\n',
    // a Node object's name is not a nodeName
    'apiVersion: v1\nkind: Node\nmetadata: { name: n1 }\n',
  ],
  details: [['apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  nodeName: minikube-m02\n  containers: [{ name: c, image: a:1 }]\n', 5, { args: { node: 'minikube-m02' } }]],
});
