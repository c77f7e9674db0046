import { ruleSpec } from './spec';

const K = 'kustomization.yaml';
const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: hello }\nspec:\n  template:\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n';
// The notes' base and overlay: the overlay's namePrefix does not change what its patches name.
const TREE = { 'base/kustomization.yaml': 'resources:\n- deployment.yaml\n', 'base/deployment.yaml': DEPLOY };
const patch = (name: string, apiVersion = 'apps/v1') => `apiVersion: ${apiVersion}\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 2\n`;

ruleSpec('KUS012', {
  path: 'dev/kustomization.yaml',
  files: TREE,
  fires: [
    // the name after the prefix
    [{ text: 'resources:\n- ../base\nnamePrefix: dev-\npatches:\n- path: resources.yaml\n', files: { ...TREE, 'dev/resources.yaml': patch('dev-hello') } }, ['KUS012@5:9-5:23']],
    // the wrong API version
    [{ text: 'resources:\n- ../base\npatchesStrategicMerge:\n- resources.yaml\n', files: { ...TREE, 'dev/resources.yaml': patch('hello', 'extensions/v1beta1') } }, ['KUS012@4']],
    // the notes' prod patch: spec only, no apiVersion/kind/metadata
    [{ text: 'resources:\n- ../base\npatchesStrategicMerge:\n- resources.yaml\n', files: { ...TREE, 'dev/resources.yaml': 'spec:\n  template:\n    spec:\n      containers:\n      - name: nginx\n        resources:\n          requests:\n            cpu: 300m\n' } }, ['KUS012@4']],
    // an inline patch naming a Service the build does not have
    [{ text: 'resources:\n- ../base\npatches:\n- patch: |-\n    apiVersion: v1\n    kind: Service\n    metadata:\n      name: hello\n    spec:\n      type: NodePort\n' }, ['KUS012@4']],
  ],
  quiet: [
    { text: 'resources:\n- ../base\nnamePrefix: dev-\npatches:\n- path: resources.yaml\n', files: { ...TREE, 'dev/resources.yaml': patch('hello') } },
    // the base's own prefix is part of the name the overlay sees
    { text: 'resources:\n- ../base\npatches:\n- path: resources.yaml\n', files: { ...TREE, 'base/kustomization.yaml': 'namePrefix: b-\nresources:\n- deployment.yaml\n', 'dev/resources.yaml': patch('b-hello') } },
    // a target picks the object (KUS013's)
    { text: 'resources:\n- ../base\npatches:\n- path: resources.yaml\n  target: { kind: Deployment }\n', files: { ...TREE, 'dev/resources.yaml': patch('other') } },
    // a remote base: the build is not all known
    { text: 'resources:\n- ../base\n- github.com/org/repo//deploy?ref=v1\npatches:\n- path: resources.yaml\n', files: { ...TREE, 'dev/resources.yaml': patch('elsewhere') } },
    // a generated ConfigMap is patchable by name
    { text: 'resources:\n- ../base\nconfigMapGenerator:\n- name: conf\n  literals: [a=b]\npatches:\n- patch: |-\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: conf\n    data:\n      c: d\n' },
  ],
  details: [
    [{ text: 'resources:\n- ../base\nnamePrefix: dev-\npatches:\n- path: resources.yaml\n', files: { ...TREE, 'dev/resources.yaml': patch('dev-hello') } }, 5, { variant: undefined, args: { id: 'apps/v1 Deployment dev-hello', names: 'hello' } }],
    [{ text: 'resources:\n- ../base\npatchesStrategicMerge:\n- resources.yaml\n', files: { ...TREE, 'dev/resources.yaml': 'spec:\n  replicas: 3\n' } }, 4, { variant: 'unidentified' }],
    [{ text: 'resources:\n- ../base\npatches:\n- path: resources.yaml\n', files: { ...TREE, 'dev/resources.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n' } }, 4, { variant: 'incomplete', args: { missing: 'metadata.name' } }],
    [{ text: 'resources:\n- ../base\npatchesStrategicMerge:\n- resources.yaml\n', files: { ...TREE, 'dev/resources.yaml': patch('hello', 'apps/v1beta1') } }, 4, { variant: 'version' }],
  ],
});
void K;
