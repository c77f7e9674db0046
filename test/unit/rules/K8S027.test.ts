import { ruleSpec } from './spec';

const pod = (env: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      env:\n${env}`;

ruleSpec('K8S027', {
  path: 'pod.yaml',
  fires: [
    [pod('        - name: MODE\n          value: dev\n        - name: MODE\n          value: prod\n'), ['K8S027@11:17-11:21']],
    [pod('        - { name: A, value: "1" }\n        - { name: B, value: "2" }\n        - { name: A, value: "3" }\n'), ['K8S027@11']],
    [pod('        - { name: A, value: "1" }\n        - { name: A, value: "2" }\n        - { name: A, value: "3" }\n'), ['K8S027@10', 'K8S027@11']],
  ],
  quiet: [
    pod('        - { name: A, value: "1" }\n        - { name: B, value: "2" }\n'),
    // different containers may set the same name
    'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: a\n      image: x:1\n      env: [{ name: A, value: "1" }]\n    - name: b\n      image: x:1\n      env: [{ name: A, value: "1" }]\n',
    // envFrom and env may overlap (env wins, on purpose)
    pod('        - { name: A, value: "1" }\n      envFrom:\n        - configMapRef: { name: c }\n'),
  ],
  details: [[pod('        - name: MODE\n          value: dev\n        - name: MODE\n          value: prod\n'), 11, { args: { name: 'MODE', line: '9', container: 'web' } }]],
});
