import { ruleSpec } from './spec';

const SVC = 'apiVersion: v1\nkind: Service\nmetadata: { name: hello }\nspec:\n  selector: { app: hello }\n  ports: [{ name: http, port: 80 }]\n';
const ingress = (name: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: web }\nspec:\n  ingressClassName: nginx\n  rules:\n    - host: hello.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: ${name}\n                port: { name: http }\n`;

ruleSpec('K8S032', {
  path: 'app/ingress.yaml',
  files: { 'app/service.yaml': SVC },
  fires: [
    [ingress('helo'), ['K8S032@14:23-14:27']],
    [ingress('api'), ['K8S032@14']],
    [ingress('hello').replace('  rules:', '  defaultBackend:\n    service: { name: default-backend, port: { number: 80 } }\n  rules:'), ['K8S032@7']],
  ],
  quiet: [
    ingress('hello'),
    // no Services in the workspace: nothing to compare with
    { path: 'ingress.yaml', files: { 'ingress.yaml': ingress('api') } },
    { text: ingress('api'), workspace: false },
  ],
  details: [
    [ingress('helo'), 14, { args: { name: 'helo', via: 'hello.example.com/', suggestion: 'hello' }, variant: 'suggest' }],
    [ingress('api'), 14, { args: { name: 'api' }, variant: undefined }],
  ],
});
