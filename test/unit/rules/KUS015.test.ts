import { ruleSpec } from './spec';

const DEPLOY = (image: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app }\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: ${image}\n`;
const FILES = { 'deploy.yaml': DEPLOY('grafana/grafana') + '---\n' + DEPLOY('nginxdemos/hello:plain-text').replace('name: app', 'name: hello') };
const images = (entries: string) => `resources:\n- deploy.yaml\nimages:\n${entries}`;

ruleSpec('KUS015', {
  path: 'kustomization.yaml',
  files: FILES,
  fires: [
    // the tag written into the name
    [images('- name: grafana/grafana:8.2.2\n  newTag: "8.2.3"\n'), ['KUS015@4:9-4:30']],
    [images('- name: nginxdemos/helo\n  newName: nginx\n'), ['KUS015@4']],
    [images('- name: docker.io/grafana/grafana\n  newTag: "8.2.2"\n- newTag: "1"\n'), ['KUS015@4', 'KUS015@6']],
  ],
  quiet: [
    // the notes' images
    images('- name: grafana/grafana\n  newTag: "8.2.2"\n- name: nginxdemos/hello\n  newName: nginx\n  newTag: "latest"\n'),
    // an image a base renamed is seen by its new name
    { text: 'resources:\n- base\nimages:\n- name: my-registry/grafana\n  newTag: "9"\n', files: { 'base/kustomization.yaml': 'resources:\n- deploy.yaml\nimages:\n- name: grafana/grafana\n  newName: my-registry/grafana\n', 'base/deploy.yaml': DEPLOY('grafana/grafana') } },
    // an image that a patch of the build sets
    { text: 'resources:\n- deploy.yaml\npatches:\n- path: p.yaml\nimages:\n- name: busybox\n  newTag: "1.36"\n', files: { ...FILES, 'p.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app }\nspec:\n  template:\n    spec:\n      initContainers:\n      - name: init\n        image: busybox\n' } },
    // custom field specs may add image fields
    { text: 'resources:\n- deploy.yaml\nconfigurations:\n- images.yaml\nimages:\n- name: custom/thing\n  newTag: "1"\n', files: { ...FILES, 'images.yaml': 'images:\n- path: spec/image\n  kind: Thing\n' } },
  ],
  fixes: [[images('- name: grafana/grafana:8.2.2\n  newTag: "8.2.3"\n'), 4, images('- name: grafana/grafana\n  newTag: "8.2.3"\n')]],
  details: [
    [images('- name: grafana/grafana:8.2.2\n  newTag: "8.2.3"\n'), 4, { variant: 'tag', args: { suggestion: 'grafana/grafana' } }],
    [images('- name: nginxdemos/helo\n'), 4, { variant: 'suggest', args: { suggestion: 'nginxdemos/hello' } }],
    [images('- newTag: "1"\n'), 4, { variant: 'noName' }],
  ],
});
