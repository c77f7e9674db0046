import { ruleSpec } from './spec';

const K = 'kustomization.yaml';
const BASE = { 'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: hello }\nspec:\n  template:\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n' };

ruleSpec('KUS011', {
  path: 'patch.yaml',
  files: BASE,
  fires: [
    // a patch file: an op that is not one, a path that is not a pointer, a value missing
    ['- op: ad\n  path: /spec/replicas\n  value: 3\n', ['KUS011@1:7-1:9']],
    ['- op: add\n  path: spec.replicas\n  value: 3\n', ['KUS011@2:9-2:22']],
    ['- op: replace\n  path: /spec/replicas\n- op: move\n  path: /a\n', ['KUS011@1', 'KUS011@3']],
    ['- op: add\n  path: /spec/replicas\n  vaule: 3\n', ['KUS011@3', 'KUS011@1']],
    // inline in a kustomization: reported where it is written
    [{ path: K, text: `resources: [deploy.yaml]\npatches:\n- target: { kind: Deployment }\n  patch: |-\n    - op: replce\n      path: /spec/replicas\n      value: 2\n` }, ['KUS011@5:11-5:17']],
    // a JSON patch file without a target
    [{ path: K, text: 'resources: [deploy.yaml]\npatches:\n- path: ops.yaml\n', files: { ...BASE, 'ops.yaml': '- op: add\n  path: /spec/replicas\n  value: 2\n' } }, ['KUS011@3']],
  ],
  quiet: [
    '- op: add\n  path: /spec/template/spec/containers/0/resources\n  value:\n    requests: { cpu: 100m }\n- op: remove\n  path: /metadata/labels/app~1name\n- op: copy\n  from: /a\n  path: /b\n- op: test\n  path: ""\n  value: {}\n',
    { path: K, text: 'resources: [deploy.yaml]\npatches:\n- target: { kind: Deployment }\n  path: ops.yaml\n', files: { ...BASE, 'ops.yaml': '- op: add\n  path: /spec/replicas\n  value: 2\n' } },
    // a strategic-merge patch needs no target
    { path: K, text: 'resources: [deploy.yaml]\npatches:\n- path: deploy-patch.yaml\n', files: { ...BASE, 'deploy-patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: hello }\nspec: { replicas: 2 }\n' } },
  ],
  fixes: [
    ['- op: ad\n  path: /spec/replicas\n  value: 3\n', 1, '- op: add\n  path: /spec/replicas\n  value: 3\n'],
    ['- op: add\n  path: spec.replicas\n  value: 3\n', 2, '- op: add\n  path: /spec/replicas\n  value: 3\n'],
    ['- op: add\n  path: /spec/replicas\n  vaule: 3\n', 3, '- op: add\n  path: /spec/replicas\n  value: 3\n'],
  ],
  details: [
    ['- op: ad\n  path: /a\n  value: 1\n', 1, { variant: 'opSuggest', args: { op: 'ad', suggestion: 'add' } }],
    ['- op: add\n  path: spec.replicas\n  value: 3\n', 2, { variant: 'pointer', args: { suggestion: '/spec/replicas' } }],
    ['- op: replace\n  path: /spec/replicas\n', 1, { variant: 'missing', args: { op: 'replace', missing: 'value' } }],
    [{ path: K, text: 'resources: [deploy.yaml]\npatches:\n- path: ops.yaml\n', files: { ...BASE, 'ops.yaml': '- op: add\n  path: /spec/replicas\n  value: 2\n' } }, 3, { variant: 'needsTarget' }],
  ],
});
