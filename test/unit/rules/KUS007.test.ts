import { ruleSpec } from './spec';

const K = 'kustomization.yaml';

ruleSpec('KUS007', {
  path: K,
  fires: [
    // an unquoted version is a number: kustomize stops ("cannot unmarshal number into … newTag of type string")
    ['images:\n- name: grafana/grafana\n  newTag: 8.2\n', ['KUS007@3:11-3:14']],
    ['resources: deployment.yaml\n', ['KUS007@1']],
    ['replicas:\n- name: web\n  count: "2"\n', ['KUS007@3']],
    // YAML 1.1: `yes` is a boolean in a label value; `1` a number
    ['commonLabels:\n  enabled: yes\n  version: 1\n', ['KUS007@2', 'KUS007@3']],
    ['labels:\n- pairs: { a: b }\n  includeSelectors: "true"\n', ['KUS007@3']],
    ['images: { name: nginx }\n', ['KUS007@1']],
  ],
  quiet: [
    'images:\n- name: grafana/grafana\n  newTag: "8.2.2"\n',
    'resources:\n- deployment.yaml\n',
    'replicas:\n- name: web\n  count: 2\n',
    'generatorOptions:\n  disableNameSuffixHash: yes\n',
    'commonLabels:\n  date: 2001-12-14\n  env: dev\n',
    'namePrefix:\nresources: []\n',
    'helmCharts:\n- name: x\n  valuesInline:\n    replicas: 2\n    enabled: true\n',
  ],
  fixes: [
    ['images:\n- name: grafana/grafana\n  newTag: 8.2\n', 3, 'images:\n- name: grafana/grafana\n  newTag: "8.2"\n'],
    ['resources: deployment.yaml\n', 1, 'resources: [deployment.yaml]\n'],
    ['replicas:\n- name: web\n  count: "2"\n', 3, 'replicas:\n- name: web\n  count: 2\n'],
  ],
  details: [
    ['images:\n- name: grafana/grafana\n  newTag: 8.2\n', 3, { args: { key: 'images[0].newTag', expected: 'string', actual: 'number', value: '8.2' }, variant: 'quote' }],
    ['commonLabels:\n  enabled: yes\n', 2, { variant: 'yaml11' }],
    ['replicas:\n- name: web\n  count: "2"\n', 3, { variant: 'unquote', args: { expected: 'integer' } }],
    ['resources: deployment.yaml\n', 1, { variant: 'wantList', args: { expected: 'list of string' } }],
  ],
});
