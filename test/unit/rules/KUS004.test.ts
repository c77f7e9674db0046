import { loose, ruleSpec } from './spec';

// Each case is a kustomization in its own temporary workspace.
ruleSpec('KUS004', {
  path: 'kustomization.yaml',
  fires: [
    // paths that leave the workspace: the finding marks the path
    [{ files: { 'kustomization.yaml': 'resources:\n  - ../../../etc/passwd\n' } }, ['KUS004@2:5-2:24']],
    [{ files: { 'app/kustomization.yaml': 'resources:\n  - ../../other-repo/base\n' }, path: 'app/kustomization.yaml' }, ['KUS004@2']],
    [{ files: { 'kustomization.yaml': 'patchesStrategicMerge:\n  - /etc/shadow\n' } }, ['KUS004@2']],
  ],
  quiet: [
    // inside the workspace, and remote refs
    { files: { 'a/kustomization.yaml': 'resources:\n  - ../b\n', 'b/kustomization.yaml': '' }, path: 'a/kustomization.yaml' },
    { files: { 'kustomization.yaml': 'resources:\n  - https://example.com/x.yaml\n' } },
    { files: { 'kustomization.yaml': 'resources:\n  - ./deploy.yaml\n', 'deploy.yaml': '' } },
    // no workspace: nothing to leave
    loose('resources:\n  - ../../../etc/passwd\n', 'kustomization.yaml'),
  ],
  details: [[{ files: { 'kustomization.yaml': 'patchesStrategicMerge:\n  - /etc/shadow\n' } }, 2, { args: { path: '/etc/shadow' } }]],
});
