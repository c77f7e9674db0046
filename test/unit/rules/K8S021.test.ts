import { ruleSpec } from './spec';

const deploy = (probes: string, kind = 'Deployment', apiVersion = 'apps/v1') => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: web }\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n${probes}`;

ruleSpec('K8S021', {
  path: 'deploy.yaml',
  fires: [
    [deploy(''), ['K8S021@8:11-8:15']],
    [deploy('          livenessProbe: { httpGet: { path: /healthz, port: 80 } }\n'), ['K8S021@8']],
    [deploy('          readinessProbe: { tcpSocket: { port: 80 } }\n', 'StatefulSet'), ['K8S021@8']],
    [deploy('', 'DaemonSet'), ['K8S021@8']],
  ],
  quiet: [
    deploy('          livenessProbe: { httpGet: { path: /healthz, port: 80 } }\n          readinessProbe: { httpGet: { path: /ready, port: 80 } }\n'),
    // Jobs run to completion
    deploy('', 'Job', 'batch/v1'),
    // an init container needs no probe
    'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  initContainers:\n    - name: init\n      image: busybox:1.36\n  containers:\n    - name: web\n      image: nginx:1.27\n      livenessProbe: { exec: { command: [true] } }\n      readinessProbe: { exec: { command: [true] } }\n',
  ],
  details: [
    [deploy(''), 8, { args: { container: 'web' }, variant: undefined }],
    [deploy('          livenessProbe: { httpGet: { path: /healthz, port: 80 } }\n'), 8, { variant: 'noReadiness' }],
    [deploy('          readinessProbe: { tcpSocket: { port: 80 } }\n', 'StatefulSet'), 8, { variant: 'noLiveness' }],
  ],
});
