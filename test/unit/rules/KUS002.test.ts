import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withWorkspace } from '../kustomizeRules';

test('KUS002 fires on a cycle and on an overlay chain deeper than the limit', () => {
  withWorkspace({ 'a/kustomization.yaml': 'resources:\n  - ../b\n', 'b/kustomization.yaml': 'resources:\n  - ../a\n' }, (_d, f) => {
    assert.deepEqual(f('a/kustomization.yaml', 'KUS002'), ['KUS002@2']);
    assert.deepEqual(f('b/kustomization.yaml', 'KUS002'), ['KUS002@2']);
  });
  withWorkspace({ 'a/kustomization.yaml': 'resources:\n  - ../b\n', 'b/kustomization.yaml': 'components:\n  - ../c\n', 'c/kustomization.yaml': 'resources:\n  - ../a\n' }, (_d, f) =>
    assert.deepEqual(f('a/kustomization.yaml', 'KUS002'), ['KUS002@2']));
  withWorkspace({ 'a/kustomization.yaml': 'resources:\n  - .\n' }, (_d, f) => assert.deepEqual(f('a/kustomization.yaml', 'KUS002'), ['KUS002@2']), {});
  // 1,000 overlays, each on top of the next: bounded walk, one clear report
  const files: Record<string, string> = {};
  for (let i = 0; i < 1000; i++) files[`o${i}/kustomization.yaml`] = i < 999 ? `resources:\n  - ../o${i + 1}\n` : 'resources: []\n';
  withWorkspace(files, (_d, f) => {
    assert.deepEqual(f('o0/kustomization.yaml', 'KUS002'), ['KUS002@2:tooDeep']);
  });
});

test('KUS002 stays quiet on a normal base/overlay layout', () => {
  withWorkspace({ 'base/kustomization.yaml': 'resources:\n  - d.yaml\n', 'base/d.yaml': 'x: 1\n', 'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n', 'overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\n' }, (_d, f) => {
    assert.deepEqual(f('overlays/prod/kustomization.yaml', 'KUS002'), []);
    assert.deepEqual(f('base/kustomization.yaml', 'KUS002'), []);
  });
  withWorkspace({ 'a/kustomization.yaml': 'resources:\n  - ../b\n  - ../c\n', 'b/kustomization.yaml': 'resources:\n  - ../c\n', 'c/kustomization.yaml': 'resources: []\n' }, (_d, f) =>
    assert.deepEqual(f('a/kustomization.yaml', 'KUS002'), [], 'a diamond is not a cycle'));
  withWorkspace({ 'a/kustomization.yaml': 'resources:\n  - ../../outside\n' }, (_d, f) => assert.deepEqual(f('a/kustomization.yaml', 'KUS002'), []));
});
