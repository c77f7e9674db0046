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
  ],
  quiet: [
    // existing paths
    { files: { [K]: 'resources:\n  - deployment.yaml\n  - base\n', 'deployment.yaml': 'x: 1\n', 'base/kustomization.yml': 'resources: []\n' } },
    // remote bases
    { files: { [K]: 'resources:\n  - github.com/kubernetes-sigs/kustomize/examples/multibases?ref=v1.0.6\n  - https://example.com/app.yaml\n' } },
    // outside the workspace (KUS004's)
    { files: { [K]: 'resources:\n  - ../../../etc/passwd\n' } },
    { files: { [K]: 'namespace: demo\n' } },
    // no workspace
    loose('resources:\n  - deployment.yaml\n', K),
  ],
  details: [
    [NO_KUSTOMIZATION, 2, { args: { path: 'base', key: 'resources' }, variant: 'noKustomization' }],
    [{ files: { [K]: 'resources:\n  - deployment.yaml\n  - service.yaml\n', 'deployment.yaml': 'x: 1\n' } }, 3, { args: { path: 'service.yaml', key: 'resources' }, variant: undefined }],
  ],
});
