import { ruleSpec } from './spec';

const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: hello\n  labels: { app: hello }\nspec:\n  template:\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n';
const FILES = { 'deploy.yaml': DEPLOY, 'ops.yaml': '- op: add\n  path: /spec/replicas\n  value: 2\n' };
const k = (target: string) => `resources:\n- deploy.yaml\npatches:\n- path: ops.yaml\n  target:\n${target}`;

ruleSpec('KUS013', {
  path: 'kustomization.yaml',
  files: FILES,
  fires: [
    [k('    kind: Deployment\n    name: hellp\n'), ['KUS013@5:3-5:9']],
    [k('    kind: deployment\n'), ['KUS013@5']],
    [k('    group: extensions\n    kind: Deployment\n'), ['KUS013@5']],
    [k('    kind: Deployment\n    labelSelector: app=web\n'), ['KUS013@5']],
  ],
  quiet: [
    // the notes' target: version v1, no group — an empty field matches any group
    k('    version: v1\n    kind: Deployment\n    name: hello\n'),
    k('    kind: Deployment\n    name: "hel.*"\n'),
    k('    kind: Deployment\n    labelSelector: app in (hello, web)\n'),
    // an annotation selector is not evaluated here
    k('    annotationSelector: team=x\n'),
  ],
  details: [[k('    kind: Deployment\n    name: hellp\n'), 5, { args: { target: 'kind: Deployment, name: hellp', objects: 'Deployment hello' } }]],
});
