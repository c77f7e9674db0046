import { dedent } from '../../helpers';
import { ruleSpec } from './spec';

const RBAC = 'apiVersion: rbac.authorization.k8s.io/v1beta1\nkind: Role\nmetadata: { name: r }\nrules: []\n';
const OLD_INGRESS = 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: { name: old }\nspec:\n  backend: { serviceName: web, servicePort: 80 }\n';
const OLD_DEPLOY = dedent(`
  apiVersion: extensions/v1beta1
  kind: Deployment
  metadata: { name: web }
  spec:
    template:
      metadata: { labels: { app: web } }
      spec:
        containers: [{ name: web, image: nginx:1.27 }]
`);

ruleSpec('K8S105', {
  path: 'manifests.yaml',
  fires: [
    [RBAC, ['K8S105@1:13-1:46']],
    [OLD_INGRESS, ['K8S105@1']],
    [OLD_DEPLOY, ['K8S105@1']],
    ['apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: { name: c }\n', ['K8S105@1']],
    ['apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: { name: p }\n', ['K8S105@1']],
  ],
  quiet: [
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: r }\nrules: []\n',
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i }\n',
    'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: h }\n',
    // deprecated but still served: K8S108's
    'apiVersion: v1\nkind: Endpoints\nmetadata: { name: e }\n',
  ],
  fixes: [
    // the same fields in the new version: the apiVersion is replaced
    [RBAC, 1, RBAC.replace('v1beta1', 'v1')],
    [OLD_DEPLOY.replace('  template:', '  selector: { matchLabels: { app: web } }\n  template:'), 1, OLD_DEPLOY.replace('  template:', '  selector: { matchLabels: { app: web } }\n  template:').replace('extensions/v1beta1', 'apps/v1')],
  ],
  details: [
    [RBAC, 1, { args: { apiVersion: 'rbac.authorization.k8s.io/v1beta1', removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1', target: '1.36' }, variant: undefined }],
    [OLD_INGRESS, 1, { args: { replacement: 'networking.k8s.io/v1' }, variant: 'ingress' }],
    [OLD_DEPLOY, 1, { args: { replacement: 'apps/v1' }, variant: 'workload' }],
    ['apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: { name: p }\n', 1, { variant: 'noReplacement' }],
  ],
});

// Against an older target cluster (devopsHints.kubernetes.version) the same manifests are not removed yet.
ruleSpec('K8S105', {
  path: 'manifests.yaml',
  settings: { locale: 'en', rules: {}, kubernetesVersion: '1.21' },
  fires: [
    [OLD_DEPLOY, ['K8S105@1']],
    ['apiVersion: extensions/v1beta1\nkind: NetworkPolicy\nmetadata: { name: n }\n', ['K8S105@1']],
    ['apiVersion: apps/v1beta2\nkind: StatefulSet\nmetadata: { name: s }\n', ['K8S105@1']],
  ],
  quiet: [RBAC, OLD_INGRESS, 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: { name: c }\n'],
  details: [[OLD_DEPLOY, 1, { args: { target: '1.21', removedIn: '1.16' } }]],
});
