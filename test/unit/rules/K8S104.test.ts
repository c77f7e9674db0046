import { ruleSpec } from './spec';

const JOB = 'apiVersion: batch/v1\nkind: job\nmetadata: { name: hello }\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{ name: c, image: busybox:1.36 }]\n';
const V1_DEPLOY = 'apiVersion: v1\nkind: Deployment\nmetadata: { name: web }\n';
const LOWER_DEPLOY = 'apiVersion: v1\nkind: deployment\nmetadata: { name: web }\n';

ruleSpec('K8S104', {
  path: 'manifests.yaml',
  fires: [
    // the notes' `kind: job`
    [JOB, ['K8S104@2:7-2:10']],
    // a kind of another group
    [V1_DEPLOY, ['K8S104@2']],
    [LOWER_DEPLOY, ['K8S104@2']],
    // a typo
    ['apiVersion: apps/v1\nkind: Deploymnet\nmetadata: { name: web }\n', ['K8S104@2']],
    // nothing like it
    ['apiVersion: v1\nkind: Toaster\nmetadata: { name: t }\n', ['K8S104@2']],
  ],
  quiet: [
    'apiVersion: batch/v1\nkind: Job\nmetadata: { name: j }\n',
    // custom resources
    'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: { name: m }\n',
    // a beta version of a built-in group the tree does not describe
    'apiVersion: resource.k8s.io/v1beta2\nkind: ResourceClaim\nmetadata: { name: r }\n',
    // kubectl's List
    'apiVersion: v1\nkind: List\nitems: []\n',
  ],
  fixes: [
    [JOB, 2, JOB.replace('kind: job', 'kind: Job')],
    [V1_DEPLOY, 2, V1_DEPLOY.replace('apiVersion: v1', 'apiVersion: apps/v1')],
    [LOWER_DEPLOY, 2, 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\n'],
  ],
  preferredFix: true,
  details: [
    [JOB, 2, { args: { kind: 'job', suggestion: 'Job' }, variant: 'case' }],
    [V1_DEPLOY, 2, { args: { apiVersion: 'v1', suggestion: 'apps/v1' }, variant: 'otherVersion' }],
    ['apiVersion: apps/v1\nkind: Deploymnet\nmetadata: { name: web }\n', 2, { args: { suggestion: 'Deployment' }, variant: 'suggest' }],
    ['apiVersion: v1\nkind: Toaster\nmetadata: { name: t }\n', 2, { variant: undefined }],
  ],
});
