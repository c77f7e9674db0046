import { ruleSpec } from './spec';

const K = 'kustomization.yaml';

ruleSpec('KUS006', {
  path: K,
  fires: [
    ['NamePrefix: dev-\n', ['KUS006@1:1-1:11']],
    ['CommonLabels:\n  app: web\nNamespace: demo\n', ['KUS006@1', 'KUS006@3']],
    // the kustomize examples' own `fieldpath`
    ['vars:\n- name: A\n  objref: { kind: Service, name: db, apiVersion: v1 }\n  fieldref:\n    fieldpath: spec.x\n', ['KUS006@5']],
  ],
  quiet: ['namePrefix: dev-\n', 'commonLabels:\n  App: Web\n', 'CommonLables:\n  a: b\n'],
  fixes: [['NamePrefix: dev-\n', 1, 'namePrefix: dev-\n']],
  details: [['NamePrefix: dev-\n', 1, { args: { key: 'NamePrefix', name: 'namePrefix' } }]],
});
