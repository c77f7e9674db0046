import { ruleSpec } from './spec';

const pod = (resources: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n${resources}`;

ruleSpec('K8S020', {
  path: 'pod.yaml',
  fires: [
    [pod(''), ['K8S020@6:7-6:11']],
    [pod('      resources:\n        limits: { memory: 256Mi }\n'), ['K8S020@6']],
    [pod('      resources:\n        requests: { cpu: 100m, memory: 128Mi }\n'), ['K8S020@6']],
    // init containers too
    ['apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  initContainers:\n    - name: init\n      image: busybox:1.36\n  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        requests: { cpu: 100m, memory: 128Mi }\n        limits: { memory: 256Mi }\n', ['K8S020@6']],
  ],
  quiet: [
    // a kustomize patch holds only what it changes: what it lacks says nothing
    { files: { 'kustomization.yaml': 'resources: [deploy.yaml]\npatches:\n- path: patch.yaml\n', 'patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n' }, path: 'patch.yaml' },
    pod('      resources:\n        requests: { cpu: 100m, memory: 128Mi }\n        limits: { memory: 256Mi }\n'),
    // a CPU limit is not required
    pod('      resources:\n        requests: { cpu: 100m, memory: 128Mi }\n        limits: { cpu: 500m, memory: 256Mi }\n'),
    // not a pod-bearing kind
    'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\ndata: {}\n',
  ],
  details: [
    [pod(''), 6, { args: { container: 'web', missing: 'requests.cpu, requests.memory, limits.memory' }, variant: 'none' }],
    [pod('      resources:\n        limits: { memory: 256Mi }\n'), 6, { args: { missing: 'requests.cpu, requests.memory' }, variant: undefined }],
  ],
});
