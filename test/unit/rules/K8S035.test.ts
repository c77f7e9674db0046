import { ruleSpec } from './spec';

const SVC = 'apiVersion: v1\nkind: Service\nmetadata: { name: hello }\nspec:\n  selector: { app: hello }\n  ports: [{ name: http, port: 8080, targetPort: 80 }]\n';
const ingress = (port: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: web }\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: { name: hello, port: ${port} }\n`;

ruleSpec('K8S035', {
  path: 'ingress.yaml',
  files: { 'service.yaml': SVC },
  fires: [
    // the container port (targetPort) instead of the Service's port
    [ingress('{ number: 80 }'), ['K8S035@11:55-11:57']],
    [ingress('{ name: web }'), ['K8S035@11']],
    [ingress('{ number: 443 }'), ['K8S035@11']],
  ],
  quiet: [
    ingress('{ number: 8080 }'),
    ingress('{ name: http }'),
    // the Service is not in the workspace: K8S032's
    ingress('{ number: 80 }').replace('name: hello', 'name: other'),
  ],
  details: [
    [ingress('{ number: 80 }'), 11, { args: { service: 'hello', port: '80', ports: 'http (8080)' }, variant: undefined }],
    [ingress('{ name: web }'), 11, { variant: 'name' }],
  ],
});
