import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, dedent, findingsOf, model, service } from '../../helpers';

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

const fires = (text: string, path = 'pod.yaml') => findingsOf(path, text, EN, 'K8S001');

test('K8S001 fires on images with no tag or with latest', () => {
  assert.deepEqual(fires(pod('nginx')), ['K8S001@8']);
  assert.deepEqual(fires(pod('nginx:latest')), ['K8S001@8']);
  assert.deepEqual(fires(pod('registry.example.com:5000/team/app')), ['K8S001@8'], 'a registry port is not a tag');
  assert.deepEqual(fires(dedent(`
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
  `)), ['K8S001@9', 'K8S001@12']);
  assert.deepEqual(fires(dedent(`
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
  `)), ['K8S001@10']);
});

test('K8S001 stays quiet on pinned images and on non-Kubernetes files', () => {
  assert.deepEqual(fires(pod('nginx:1.27.3')), []);
  assert.deepEqual(fires(pod('nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')), []);
  assert.deepEqual(fires(pod('registry.example.com:5000/team/app:2.1')), []);
  assert.deepEqual(fires(pod('$(IMAGE)')), [], 'a substituted value is unknown');
  assert.deepEqual(fires('services:\n  web:\n    image: nginx\n', 'compose.yaml'), [], 'a Compose file is not a manifest');
  assert.deepEqual(fires('spec:\n  containers:\n    - image: nginx\n', 'notes.yaml'), [], 'no apiVersion/kind: not a manifest');
});

test('K8S001 message names the image and says which problem it is, in both languages', () => {
  const m = model('pod.yaml', pod('nginx:latest'));
  const [en] = service().doValidation(m, EN).filter((d) => d.code === 'K8S001');
  const [ko] = service().doValidation(m, { locale: 'ko', rules: {} }).filter((d) => d.code === 'K8S001');
  assert.match(String(en.message), /nginx:latest/);
  assert.match(String(en.message), /latest/);
  assert.match(String(ko.message), /nginx:latest/);
  assert.match(String(ko.message), /[가-힣]/);
  assert.deepEqual(en.range, { start: { line: 7, character: 13 }, end: { line: 7, character: 25 } });
});
