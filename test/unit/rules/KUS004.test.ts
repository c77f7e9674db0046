import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withWorkspace } from '../kustomizeRules';

test('KUS004 fires on paths that leave the workspace', () => {
  withWorkspace({ 'kustomization.yaml': 'resources:\n  - ../../../etc/passwd\n' }, (_d, f) => assert.deepEqual(f('kustomization.yaml', 'KUS004'), ['KUS004@2']));
  withWorkspace({ 'app/kustomization.yaml': 'resources:\n  - ../../other-repo/base\n' }, (_d, f) => assert.deepEqual(f('app/kustomization.yaml', 'KUS004'), ['KUS004@2']));
  withWorkspace({ 'kustomization.yaml': 'patchesStrategicMerge:\n  - /etc/shadow\n' }, (_d, f) => assert.deepEqual(f('kustomization.yaml', 'KUS004'), ['KUS004@2']));
});

test('KUS004 stays quiet inside the workspace and on remote refs', () => {
  withWorkspace({ 'a/kustomization.yaml': 'resources:\n  - ../b\n', 'b/kustomization.yaml': '' }, (_d, f) => assert.deepEqual(f('a/kustomization.yaml', 'KUS004'), []));
  withWorkspace({ 'kustomization.yaml': 'resources:\n  - https://example.com/x.yaml\n' }, (_d, f) => assert.deepEqual(f('kustomization.yaml', 'KUS004'), []));
  withWorkspace({ 'kustomization.yaml': 'resources:\n  - ./deploy.yaml\n', 'deploy.yaml': '' }, (_d, f) => assert.deepEqual(f('kustomization.yaml', 'KUS004'), []));
});
