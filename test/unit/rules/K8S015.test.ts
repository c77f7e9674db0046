import { ruleSpec } from './spec';

const pod = (toleration: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: c, image: a:1 }]\n  tolerations:\n${toleration}`;

ruleSpec('K8S015', {
  path: 'pod.yaml',
  fires: [
    [pod('    - key: role\n      operator: Exists\n      value: system\n'), ['K8S015@9:7-9:12']],
    [pod('    - operator: Exists\n      value: x\n      effect: NoSchedule\n'), ['K8S015@8']],
    [pod('    - { key: a, operator: Equal, value: b }\n    - key: role\n      value: system\n      operator: Exists\n'), ['K8S015@9']],
  ],
  quiet: [
    // the notes' toleration
    pod('    - key: role\n      operator: Exists\n'),
    pod('    - key: role\n      operator: Equal\n      value: system\n'),
    pod('    - key: role\n      operator: Exists\n      value: ""\n'),
  ],
  fixes: [[pod('    - key: role\n      operator: Exists\n      value: system\n'), 9, pod('    - key: role\n      operator: Exists\n')]],
  preferredFix: true,
  details: [[pod('    - key: role\n      operator: Exists\n      value: system\n'), 9, { args: { value: 'system', key: 'role' } }]],
});
