import { ruleSpec } from './spec';

const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: hello\n  labels: { tier: web }\nspec:\n  selector: { matchLabels: { app: hello } }\n  template:\n    metadata:\n      labels: { app: hello, tier: web }\n    spec:\n      containers: [{ name: web, image: nginx:1.27 }]\n';
const svc = (selector: string) => `apiVersion: v1\nkind: Service\nmetadata: { name: hello }\nspec:\n  selector: ${selector}\n  ports: [{ port: 80 }]\n`;

ruleSpec('K8S030', {
  path: 'k8s/service.yaml',
  files: { 'k8s/deployment.yaml': DEPLOY },
  fires: [
    // a typo in the value
    [svc('{ app: helo }'), ['K8S030@5:3-5:11']],
    // a label the pods do not have
    [svc('{ app: hello, version: v2 }'), ['K8S030@5']],
    // nothing alike
    [svc('{ role: db }'), ['K8S030@5']],
  ],
  quiet: [
    svc('{ app: hello }'),
    svc('{ tier: web }'),
    // a loose file: nothing is known of the workspace
    { text: svc('{ app: helo }'), workspace: false },
    // a workspace without pod templates: the pods come from elsewhere
    { path: 'svc.yaml', files: { 'svc.yaml': svc('{ app: x }'), 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n' } },
    // another namespace does not count… but an unset one does
    { path: 'svc.yaml', files: { 'svc.yaml': svc('{ app: hello }').replace('{ name: hello }', '{ name: hello, namespace: prod }'), 'deploy.yaml': DEPLOY } },
  ],
  details: [
    [svc('{ app: helo }'), 5, { args: { service: 'hello', selector: 'app=helo', closest: 'app=hello, tier=web', workload: 'Deployment hello (deployment.yaml)' }, variant: 'closest' }],
    [svc('{ role: db }'), 5, { args: { selector: 'role=db' }, variant: undefined }],
  ],
});
