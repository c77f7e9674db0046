import { ruleSpec } from './spec';

const K = 'kustomization.yaml';
// The notes' overlay: namePrefix, a base, and strategic-merge patches in the old field.
const NOTES_DEV = 'resources:\n- ../base\n\nnamePrefix: dev-\n\npatchesStrategicMerge:\n- resources.yaml\n- service.yaml\n';
const NOTES_JSON = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n\nresources:\n- ../base\n\nnamePrefix: dev-\n\npatchesJson6902:\n- target:\n    version: v1\n    kind: Deployment\n    name: hello\n  path: resources.yaml\n- target:\n    version: v1\n    kind: Service\n    name: hello\n  path: service.yaml\n';

ruleSpec('KUS010', {
  path: K,
  fires: [
    [NOTES_DEV, ['KUS010@6:1-6:22']],
    [NOTES_JSON, ['KUS010@9']],
    ['commonLabels:\n  app: hello\nbases:\n- ../base\nimageTags:\n- name: nginx\n  newTag: "1.27"\n', ['KUS010@1', 'KUS010@3', 'KUS010@5']],
    ['vars:\n- name: DB\n  objref: { kind: Service, name: db, apiVersion: v1 }\nconfigMapGenerator:\n- name: app\n  env: app.env\n', ['KUS010@1', 'KUS010@6']],
  ],
  quiet: [
    'resources:\n- ../base\npatches:\n- path: resources.yaml\nlabels:\n- pairs: { app: hello }\n  includeSelectors: true\n',
    'configMapGenerator:\n- name: app\n  envs: [app.env]\n',
    'commonAnnotations:\n  team: devops\n',
  ],
  fixes: [
    // patchesStrategicMerge → patches (a new field in its place, same dash column)
    [NOTES_DEV, 6, 'resources:\n- ../base\n\nnamePrefix: dev-\n\npatches:\n- path: resources.yaml\n- path: service.yaml\n'],
    // … put before the patches already there (kustomize applies strategic-merge patches first)
    ['patchesStrategicMerge:\n  - a.yaml\npatches:\n  - path: b.yaml\n', 1, 'patches:\n  - path: a.yaml\n  - path: b.yaml\n'],
    // an inline strategic-merge patch
    ['patchesStrategicMerge:\n- |-\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: web\n  spec:\n    replicas: 3\n', 1, 'patches:\n- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n    spec:\n      replicas: 3\n'],
    // patchesJson6902 → patches, entries kept as written
    [NOTES_JSON, 9, NOTES_JSON.replace('patchesJson6902:', 'patches:')],
    ['patches:\n- path: a.yaml\npatchesJson6902:\n- target: { kind: Deployment, name: web }\n  path: ops.yaml\n', 3, 'patches:\n- path: a.yaml\n- target: { kind: Deployment, name: web }\n  path: ops.yaml\n'],
    // commonLabels → labels with includeSelectors: true
    ['commonLabels:\n  app: hello\n  tier: web\nresources:\n- a.yaml\n', 1, 'labels:\n- pairs:\n    app: hello\n    tier: web\n  includeSelectors: true\nresources:\n- a.yaml\n'],
    ['labels:\n- pairs: { team: x }\ncommonLabels: { app: hello }\n', 3, 'labels:\n- pairs: { team: x }\n- pairs: { app: hello }\n  includeSelectors: true\n'],
    // bases → resources (appended, as kustomize does)
    ['resources:\n- cm.yaml\nbases:\n- ../base\n', 3, 'resources:\n- cm.yaml\n- ../base\n'],
    ['bases: [../base]\n', 1, 'resources:\n- ../base\n'],
    // imageTags → images
    ['imageTags:\n  - name: nginx\n    newTag: "1.27"\n', 1, 'images:\n  - name: nginx\n    newTag: "1.27"\n'],
    // a generator's env → envs
    ['configMapGenerator:\n- name: app\n  env: app.env\n', 3, 'configMapGenerator:\n- name: app\n  envs:\n  - app.env\n'],
    ['configMapGenerator:\n- name: app\n  envs:\n  - a.env\n  env: b.env\n', 5, 'configMapGenerator:\n- name: app\n  envs:\n  - a.env\n  - b.env\n'],
  ],
  details: [
    [NOTES_DEV, 6, { args: { key: 'patchesStrategicMerge', replacement: 'patches' }, variant: 'patchesStrategicMerge' }],
    ['vars:\n- name: DB\n', 1, { args: { replacement: 'replacements' }, variant: 'vars' }],
  ],
});
