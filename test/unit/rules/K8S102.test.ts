import { dedent } from '../../helpers';
import { ruleSpec } from './spec';

const INGRESS = dedent(`
  apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata: { name: web }
  spec:
    ingressClassName: nginx
    rules:
      - http:
          paths:
            - path: /hello
              backend:
                service: { name: hello, port: { name: http } }
`);
const NO_SELECTOR = dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web }
  spec:
    template:
      metadata: { labels: { app: web } }
      spec:
        containers: [{ name: web, image: nginx:1.27 }]
`);

ruleSpec('K8S102', {
  path: 'manifests.yaml',
  fires: [
    // pathType is required in networking.k8s.io/v1
    [INGRESS, ['K8S102@9']],
    // apps/v1 needs a selector
    [NO_SELECTOR, ['K8S102@4']],
    // a container without a name; a Service port without a port
    ['apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - image: nginx:1.27\n', ['K8S102@6']],
    ['apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  ports:\n    - targetPort: 80\n', ['K8S102@6']],
    // every object needs a name
    ['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: { a: b }\ndata: {}\n', ['K8S102@3']],
  ],
  quiet: [
    // kustomize creates the selector from commonLabels (or labels with includeSelectors, or a label transformer)
    { files: { 'kustomization.yaml': 'commonLabels:\n  app: web\nresources:\n- manifests.yaml\n', 'manifests.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n' } },
    INGRESS.replace('- path: /hello', '- path: /hello\n              pathType: Prefix'),
    NO_SELECTOR.replace('  template:', '  selector: { matchLabels: { app: web } }\n  template:'),
    // generateName instead of a name
    'apiVersion: batch/v1\nkind: Job\nmetadata: { generateName: run- }\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{ name: c, image: busybox:1.36 }]\n',
    // a kustomize patch is a partial object
    { path: 'overlay/patch.yaml', files: { 'overlay/kustomization.yaml': 'resources: [../base]\npatchesStrategicMerge:\n  - patch.yaml\n', 'overlay/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  replicas: 3\n' } },
    // the old API version has its own fields (extensions/v1beta1 Ingress: no pathType)
    'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: { name: old }\nspec:\n  backend: { serviceName: web, servicePort: 80 }\n',
  ],
  details: [
    [INGRESS, 9, { args: { property: 'pathType' }, variant: 'pathType' }],
    [NO_SELECTOR, 4, { args: { key: 'spec', property: 'selector' }, variant: 'selector' }],
    ['apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - image: nginx:1.27\n', 6, { args: { key: 'spec.containers[0]', property: 'name' } }],
    ['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: { a: b }\ndata: {}\n', 3, { args: { property: 'name' }, variant: 'name' }],
  ],
});
