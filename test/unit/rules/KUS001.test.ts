import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withWorkspace } from '../kustomizeRules';

const K = 'kustomization.yaml';

test('KUS001 fires on missing files and folders without a kustomization', () => {
  withWorkspace({ [K]: 'resources:\n  - deployment.yaml\n  - service.yaml\n', 'deployment.yaml': 'x: 1\n' }, (_d, f) => assert.deepEqual(f(K, 'KUS001'), ['KUS001@3']));
  withWorkspace({ [K]: 'resources:\n  - ../base\n'.replace('../base', 'base'), 'base/deploy.yaml': 'x: 1\n' }, (_d, f) => assert.deepEqual(f(K, 'KUS001'), ['KUS001@2:noKustomization']));
  withWorkspace({ 'overlays/prod/kustomization.yaml': 'bases:\n  - ../../base\npatchesStrategicMerge:\n  - replica.yaml\n' }, (_d, f) =>
    assert.deepEqual(f('overlays/prod/kustomization.yaml', 'KUS001'), ['KUS001@2', 'KUS001@4']));
  withWorkspace({ [K]: 'patches:\n  - path: patch.yaml\n    target: { kind: Deployment }\n' }, (_d, f) => assert.deepEqual(f(K, 'KUS001'), ['KUS001@2']));
});

test('KUS001 stays quiet on existing paths, remote bases, and outside the workspace', () => {
  withWorkspace({ [K]: 'resources:\n  - deployment.yaml\n  - base\n', 'deployment.yaml': 'x: 1\n', 'base/kustomization.yml': 'resources: []\n' }, (_d, f) => assert.deepEqual(f(K, 'KUS001'), []));
  withWorkspace({ [K]: 'resources:\n  - github.com/kubernetes-sigs/kustomize/examples/multibases?ref=v1.0.6\n  - https://example.com/app.yaml\n' }, (_d, f) => assert.deepEqual(f(K, 'KUS001'), []));
  withWorkspace({ [K]: 'resources:\n  - ../../../etc/passwd\n' }, (_d, f) => assert.deepEqual(f(K, 'KUS001'), []));
  withWorkspace({ [K]: 'namespace: demo\n' }, (_d, f) => assert.deepEqual(f(K, 'KUS001'), []));
});
