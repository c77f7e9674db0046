import { ruleSpec } from './spec';

const BASE = { 'base/kustomization.yaml': 'resources:\n- deployment.yaml\nconfigMapGenerator:\n- name: demo-configmap\n  files:\n  - application.properties\n', 'base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: sbdemo }\nspec:\n  template:\n    spec:\n      containers:\n      - name: sbdemo\n        image: jingfang/sbdemo:1\n', 'base/application.properties': 'a=b\n' };
const overlay = (gen: string) => `resources:\n- ../base\n${gen}`;

ruleSpec('KUS016', {
  path: 'staging/kustomization.yaml',
  files: BASE,
  fires: [
    [overlay('configMapGenerator:\n- name: demo-config\n  behavior: merge\n  literals: [foo=bar]\n'), ['KUS016@5:13-5:18']],
    [overlay('secretGenerator:\n- name: demo-configmap\n  behavior: replace\n  literals: [a=b]\n'), ['KUS016@5']],
    [{ text: 'configMapGenerator:\n- name: app\n  behavior: merge\n  literals: [a=b]\n' }, ['KUS016@3']],
  ],
  quiet: [
    // the springboot example: merge into the base's generated ConfigMap
    overlay('configMapGenerator:\n- name: demo-configmap\n  behavior: merge\n  literals: [foo=bar]\n'),
    overlay('configMapGenerator:\n- name: other\n  literals: [foo=bar]\n'),
    // a ConfigMap written as a manifest in the base
    { text: overlay('configMapGenerator:\n- name: plain\n  behavior: replace\n  literals: [a=b]\n'), files: { ...BASE, 'base/kustomization.yaml': 'resources:\n- cm.yaml\n', 'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: plain }\n' } },
  ],
  fixes: [[overlay('configMapGenerator:\n- name: demo-config\n  behavior: merge\n'), 5, overlay('configMapGenerator:\n- name: demo-config\n  behavior: create\n')]],
  details: [[overlay('configMapGenerator:\n- name: demo-config\n  behavior: merge\n'), 5, { args: { name: 'demo-config', kind: 'ConfigMap', names: 'demo-configmap' } }]],
});
