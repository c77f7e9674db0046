import { ruleSpec } from './spec';

const OLD_INGRESS = 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: { name: old }\n';

ruleSpec('K8S108', {
  path: 'manifests.yaml',
  fires: [
    // deprecated and still served in the newest release
    ['apiVersion: v1\nkind: Endpoints\nmetadata: { name: e }\n', ['K8S108@1:13-1:15']],
    ['apiVersion: v1\nkind: ComponentStatus\nmetadata: { name: c }\n', ['K8S108@1']],
    ['apiVersion: v1\nkind: List\nitems: []\n---\napiVersion: v1\nkind: Endpoints\nmetadata: { name: e }\n', ['K8S108@5']],
  ],
  quiet: [
    // removed: K8S105 speaks
    OLD_INGRESS,
    'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: { name: e }\naddressType: IPv4\nendpoints: []\n',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\n',
  ],
  details: [
    ['apiVersion: v1\nkind: Endpoints\nmetadata: { name: e }\n', 1, { args: { replacement: 'discovery.k8s.io/v1', replacementKind: 'EndpointSlice', deprecatedIn: '1.33' }, variant: 'served' }],
    ['apiVersion: v1\nkind: ComponentStatus\nmetadata: { name: c }\n', 1, { variant: 'servedNoReplacement' }],
  ],
});

// A target cluster before the removal: the old API still works there, and warns.
ruleSpec('K8S108', {
  path: 'manifests.yaml',
  settings: { locale: 'en', rules: {}, kubernetesVersion: 'v1.20.4' },
  fires: [
    [OLD_INGRESS, ['K8S108@1']],
    ['apiVersion: rbac.authorization.k8s.io/v1beta1\nkind: Role\nmetadata: { name: r }\n', ['K8S108@1']],
    ['apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: { name: c }\n'.replace('batch/v1beta1', 'networking.k8s.io/v1beta1').replace('CronJob', 'Ingress'), ['K8S108@1']],
  ],
  quiet: [
    // its replacement only arrives in 1.21: nothing to move to yet
    'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: { name: c }\n',
    'apiVersion: v1\nkind: Endpoints\nmetadata: { name: e }\n',
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i }\n',
  ],
  details: [[OLD_INGRESS, 1, { args: { target: '1.20', removedIn: '1.22', replacement: 'networking.k8s.io/v1', since: '1.19' }, variant: undefined }]],
});
