import { dedent } from '../../helpers';
import { ruleSpec } from './spec';

const pod = (image: string) => dedent(`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
  spec:
    containers:
      - name: c
        image: ${image}
`);

ruleSpec('K8S001', {
  path: 'pod.yaml',
  fires: [
    // in a workspace whose kustomization sets another image's tag
    [{ path: 'base/pod.yaml', files: { 'base/pod.yaml': pod('nginx'), 'kustomization.yaml': 'resources: [base/pod.yaml]\nimages:\n  - name: ghcr.io/org/app\n    newTag: 1.4.2\n' } }, ['K8S001@8']],
    // images with no tag or with latest: the finding marks the image
    [pod('nginx'), ['K8S001@8:14-8:19']],
    [pod('nginx:latest'), ['K8S001@8:14-8:26']],
    // a registry port is not a tag
    [pod('registry.example.com:5000/team/app'), ['K8S001@8']],
    [dedent(`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: d }
      spec:
        template:
          spec:
            initContainers:
              - name: init
                image: busybox
            containers:
              - name: app
                image: "ghcr.io/org/app:latest"
    `), ['K8S001@9', 'K8S001@12']],
    [dedent(`
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: c }
      spec:
        schedule: "*/5 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                containers: [{ name: c, image: alpine }]
    `), ['K8S001@10']],
  ],
  quiet: [
    // pinned images
    pod('nginx:1.27.3'),
    pod('nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
    pod('registry.example.com:5000/team/app:2.1'),
    // a substituted value is unknown
    pod('$(IMAGE)'),
    // a Compose file is not a manifest
    { text: 'services:\n  web:\n    image: nginx\n', path: 'compose.yaml' },
    // no apiVersion/kind: not a manifest
    { text: 'spec:\n  containers:\n    - image: nginx\n', path: 'notes.yaml' },
    // a placeholder, not an image reference
    pod('<YOUR-IMAGE>'),
    // a kustomization in the workspace sets the tag (images: newTag), or skaffold builds the image
    { path: 'base/pod.yaml', files: { 'base/pod.yaml': pod('ghcr.io/org/app'), 'overlays/prod/kustomization.yaml': 'resources: [../../base]\nimages:\n  - name: ghcr.io/org/app\n    newTag: 1.4.2\n' } },
    { path: 'k8s/pod.yaml', files: { 'k8s/pod.yaml': pod('app:latest'), 'skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: app\n' } },
    // a skaffold configuration anywhere in the workspace, its profiles too
    { path: 'k8s/pod.yaml', files: { 'k8s/pod.yaml': pod('api'), 'deploy/skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nprofiles:\n  - name: dev\n    build:\n      artifacts:\n        - image: api\n' } },
  ],
  details: [
    // which problem it is, and the image
    [pod('nginx:latest'), 8, { args: { image: 'nginx:latest' }, variant: 'latest' }],
    [pod('nginx'), 8, { args: { image: 'nginx' }, variant: 'untagged' }],
    [pod('registry.example.com:5000/team/app'), 8, { variant: 'untagged' }],
    // the example is the manifest's own image with a tag (issue 17), `<version>` where no tag is known
    [pod('python:latest'), 8, { args: { example: 'python:3.12-slim' } }],
    [pod('postgres'), 8, { args: { example: 'postgres:16-alpine' } }],
    [pod('registry.example.com:5000/team/app'), 8, { args: { example: 'registry.example.com:5000/team/app:<version>' } }],
  ],
});
