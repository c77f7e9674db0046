import { ruleSpec } from './spec';

const K = 'kustomization.yaml';

ruleSpec('KUS008', {
  path: K,
  fires: [
    ['kind: Kustomisation\nresources: []\n', ['KUS008@1:7-1:20']],
    ['apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Component\n', ['KUS008@1']],
    ['sortOptions:\n  order: alphabetical\n', ['KUS008@2']],
    ['patches:\n- target: { kind: Deployment }\nconfigMapGenerator:\n- literals: [a=b]\nreplicas:\n- count: 2\n', ['KUS008@2', 'KUS008@4', 'KUS008@6']],
  ],
  quiet: [
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n',
    'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
    'kind: Component\n',
    'sortOptions:\n  order: fifo\n',
    'patches:\n- path: p.yaml\n- patch: |-\n    - op: remove\n      path: /spec/replicas\n  target: { kind: Deployment }\n',
  ],
  fixes: [
    ['kind: kustomization\n', 1, 'kind: Kustomization\n'],
    ['apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Component\n', 1, 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n'],
  ],
  details: [
    ['kind: Kustomisation\n', 1, { variant: 'kind', args: { value: 'Kustomisation' } }],
    ['apiVersion: v1\n', 1, { variant: 'apiVersion', args: { expected: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' } }],
    ['sortOptions:\n  order: alphabetical\n', 2, { variant: 'enum', args: { allowed: 'legacy, fifo' } }],
    ['patches:\n- target: { kind: Deployment }\n', 2, { variant: 'required', args: { key: 'patches', missing: 'path / patch' } }],
  ],
});
