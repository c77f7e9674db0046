import { ruleSpec } from './spec';

const pod = (ports: string, probe: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n${ports}      livenessProbe:\n        httpGet: { path: /healthz, port: ${probe} }\n`;
const PORTS = '      ports:\n        - { name: http, containerPort: 80 }\n';

ruleSpec('K8S022', {
  path: 'pod.yaml',
  fires: [
    // a name the container does not declare
    [pod(PORTS, 'htp'), ['K8S022@11:42-11:45']],
    [pod('', 'http'), ['K8S022@9']],
    // a number none of the declared ports has
    [pod(PORTS, '8080'), ['K8S022@11']],
    ['apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports: [{ name: http, containerPort: 80 }]\n      readinessProbe:\n        tcpSocket: { port: web }\n', ['K8S022@10']],
  ],
  quiet: [
    pod(PORTS, 'http'),
    pod(PORTS, '80'),
    // no ports declared: a number may still be right
    pod('', '8080'),
  ],
  details: [
    [pod(PORTS, 'htp'), 11, { args: { port: 'htp', probe: 'livenessProbe', declared: 'http' }, variant: undefined }],
    [pod('', 'http'), 9, { variant: 'noNames' }],
    [pod(PORTS, '8080'), 11, { args: { port: '8080', declared: '80' }, variant: 'number' }],
  ],
});
