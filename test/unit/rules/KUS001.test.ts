import { loose, ruleSpec } from './spec';

// Each case is a kustomization in its own temporary workspace.
const K = 'kustomization.yaml';
const NO_KUSTOMIZATION = { files: { [K]: 'resources:\n  - base\n', 'base/deploy.yaml': 'x: 1\n' } };

ruleSpec('KUS001', {
  path: K,
  fires: [
    // a missing file: the finding marks the path
    [{ files: { [K]: 'resources:\n  - deployment.yaml\n  - service.yaml\n', 'deployment.yaml': 'x: 1\n' } }, ['KUS001@3:5-3:17']],
    // a folder without a kustomization
    [NO_KUSTOMIZATION, ['KUS001@2']],
    [{ files: { 'overlays/prod/kustomization.yaml': 'bases:\n  - ../../base\npatchesStrategicMerge:\n  - replica.yaml\n' }, path: 'overlays/prod/kustomization.yaml' }, ['KUS001@2', 'KUS001@4']],
    [{ files: { [K]: 'patches:\n  - path: patch.yaml\n    target: { kind: Deployment }\n' } }, ['KUS001@2']],
    // generator inputs (the notes' `key=path` form names the file after the `=`), JSON patches, CRDs, configurations
    [{ files: { [K]: 'configMapGenerator:\n- name: test-files\n  files:\n  - files/test1.txt\n  - test2.txt=files/test2.txt\n  envs:\n  - mysql.env\n', 'files/test1.txt': 'x\n' } }, ['KUS001@5:5-5:30', 'KUS001@7']],
    [{ files: { [K]: 'patchesJson6902:\n- target: { kind: Deployment, name: hello }\n  path: resources.yaml\ncrds:\n- crd.yaml\nconfigurations:\n- kustomizeconfig.yaml\n' } }, ['KUS001@3', 'KUS001@5', 'KUS001@7']],
    // a file outside the kustomization's folder (kustomize's load restrictor); a folder there is fine
    [{ files: { 'base/kustomization.yaml': 'resources:\n- ../deployment.yaml\n- ../other\n', 'deployment.yaml': 'x: 1\n', 'other/kustomization.yaml': 'resources: []\n' }, path: 'base/kustomization.yaml' }, ['KUS001@2']],
    // a folder where a file goes; a file where a component folder goes
    [{ files: { [K]: 'patches:\n- path: patches\ncomponents:\n- comp.yaml\n', 'patches/a.yaml': 'x: 1\n', 'comp.yaml': 'kind: Component\n' } }, ['KUS001@2', 'KUS001@4']],
  ],
  quiet: [
    // existing paths
    { files: { [K]: 'resources:\n  - deployment.yaml\n  - base\n', 'deployment.yaml': 'x: 1\n', 'base/kustomization.yml': 'resources: []\n' } },
    // remote bases
    { files: { [K]: 'resources:\n  - github.com/kubernetes-sigs/kustomize/examples/multibases?ref=v1.0.6\n  - https://example.com/app.yaml\n' } },
    // outside the workspace (KUS004's)
    { files: { [K]: 'resources:\n  - ../../../etc/passwd\n' } },
    { files: { [K]: 'namespace: demo\n' } },
    // an inline strategic-merge patch and an inline transformer config are not paths
    { files: { [K]: 'patchesStrategicMerge:\n- |-\n  apiVersion: v1\n  kind: Service\n  metadata: { name: web }\ntransformers:\n- |-\n  apiVersion: builtin\n  kind: PrefixTransformer\n' } },
    // a generator's `files` may name a folder
    { files: { [K]: 'configMapGenerator:\n- name: c\n  files:\n  - conf\n', 'conf/a.txt': 'x\n' } },
    // a missing file that .gitignore lists is KUS003's
    { files: { [K]: 'secretGenerator:\n- name: s\n  envs:\n  - secrets.env\n', '.gitignore': '*.env\n' } },
    // no workspace
    loose('resources:\n  - deployment.yaml\n', K),
  ],
  details: [
    [{ files: { [K]: 'patches:\n- path: patches\n', 'patches/a.yaml': 'x: 1\n' } }, 2, { variant: 'notFile', args: { key: 'patches' } }],
    [{ files: { [K]: 'components:\n- comp.yaml\n', 'comp.yaml': 'kind: Component\n' } }, 2, { variant: 'notFolder' }],
    [{ files: { 'base/kustomization.yaml': 'resources:\n- ../deployment.yaml\n', 'deployment.yaml': 'x: 1\n' }, path: 'base/kustomization.yaml' }, 2, { variant: 'outsideRoot', args: { path: '../deployment.yaml' } }],
    [{ files: { [K]: 'configMapGenerator:\n- name: c\n  files:\n  - k=missing.txt\n' } }, 4, { args: { key: 'configMapGenerator.files', path: 'missing.txt' } }],
    [NO_KUSTOMIZATION, 2, { args: { path: 'base', key: 'resources' }, variant: 'noKustomization' }],
    [{ files: { [K]: 'resources:\n  - deployment.yaml\n  - service.yaml\n', 'deployment.yaml': 'x: 1\n' } }, 3, { args: { path: 'service.yaml', key: 'resources' }, variant: undefined }],
  ],
});
