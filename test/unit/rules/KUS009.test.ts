import { ruleSpec } from './spec';

const K = 'kustomization.yaml';

ruleSpec('KUS009', {
  path: K,
  fires: [
    ['configMapGenerator:\n- name: app\n  behavior: merged\n  literals: [a=b]\n', ['KUS009@3:13-3:19']],
    ['secretGenerator:\n- name: s\n  behavior: Replace\n', ['KUS009@3']],
    ['buildMetadata: [originAnnotation]\n', ['KUS009@1']],
  ],
  quiet: [
    'configMapGenerator:\n- name: app\n  behavior: merge\n',
    'secretGenerator:\n- name: s\n  behavior: replace\n- name: t\n  behavior: create\n',
    'buildMetadata: [originAnnotations, managedByLabel]\n',
  ],
  details: [['configMapGenerator:\n- name: app\n  behavior: merged\n', 3, { args: { value: 'merged', allowed: 'create, replace, merge' } }]],
});
