import { ruleSpec } from './spec';

const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: grafana }\nspec:\n  template:\n    spec:\n      containers:\n      - name: grafana\n        image: grafana/grafana:8.2.2\n';
const FILES = { 'grafana/kustomization.yaml': 'resources:\n- deployment.yaml\n', 'grafana/deployment.yaml': DEPLOY, 'hello/kustomization.yaml': 'resources:\n- deployment.yaml\n', 'hello/deployment.yaml': DEPLOY.replace(/grafana/g, 'hello') };
// The notes' kustomization: two app folders and their replica counts.
const NOTES = 'resources:\n- grafana/\n- hello/\nreplicas:\n- name: grafana\n  count: 2\n- name: hello\n  count: 1\n';

ruleSpec('KUS014', {
  path: 'kustomization.yaml',
  files: FILES,
  fires: [
    [NOTES.replace('name: hello', 'name: helo'), ['KUS014@7:9-7:13']],
    [NOTES.replace('name: grafana', 'name: prometheus'), ['KUS014@5']],
    [{ text: 'resources:\n- cm.yaml\nreplicas:\n- name: web\n  count: 2\n', files: { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: web }\n' } }, ['KUS014@4']],
  ],
  quiet: [
    NOTES,
    // this kustomization's own prefix comes after its replicas
    { text: 'namePrefix: x-\nresources:\n- grafana/\nreplicas:\n- name: grafana\n  count: 3\n' },
    // a remote base may have it
    { text: 'resources:\n- grafana/\n- https://github.com/org/apps//web?ref=v1\nreplicas:\n- name: web\n  count: 3\n' },
  ],
  fixes: [[NOTES.replace('name: hello', 'name: helo'), 7, NOTES]],
  details: [
    [NOTES.replace('name: hello', 'name: helo'), 7, { variant: 'suggest', args: { suggestion: 'hello' } }],
    [{ text: 'resources:\n- cm.yaml\nreplicas:\n- name: web\n  count: 2\n', files: { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: web }\n' } }, 4, { variant: 'none' }],
  ],
});
