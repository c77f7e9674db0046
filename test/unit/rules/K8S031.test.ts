import { ruleSpec } from './spec';

const deploy = (ports: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: hello }\nspec:\n  selector: { matchLabels: { app: hello } }\n  template:\n    metadata:\n      labels: { app: hello }\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports: ${ports}\n`;
const svc = (target: string) => `apiVersion: v1\nkind: Service\nmetadata: { name: hello }\nspec:\n  selector: { app: hello }\n  ports:\n    - name: http\n      port: 80\n      targetPort: ${target}\n`;
const NAMED = deploy('[{ name: http, containerPort: 80 }]');

ruleSpec('K8S031', {
  path: 'service.yaml',
  files: { 'deployment.yaml': NAMED },
  fires: [
    [svc('htp'), ['K8S031@9:19-9:22']],
    [svc('web'), ['K8S031@9']],
    [{ path: 'service.yaml', files: { 'service.yaml': svc('http'), 'deployment.yaml': deploy('[{ containerPort: 80 }]') } }, ['K8S031@9']],
  ],
  quiet: [
    svc('http'),
    // a number needs no declaration
    svc('8080'),
    // no selected pods: K8S030's
    { path: 'service.yaml', files: { 'service.yaml': svc('nope').replace('{ app: hello }', '{ app: other }'), 'deployment.yaml': NAMED } },
  ],
  details: [
    [svc('htp'), 9, { args: { port: 'htp', workloads: 'Deployment hello (deployment.yaml)', declared: 'http' }, variant: undefined }],
    [{ path: 'service.yaml', files: { 'service.yaml': svc('http'), 'deployment.yaml': deploy('[{ containerPort: 80 }]') } }, 9, { variant: 'noNames' }],
  ],
});
