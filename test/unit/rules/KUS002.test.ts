import { loose, ruleSpec } from './spec';

// Each case is a kustomization in its own temporary workspace (cases naming the same `files` share one).
const CYCLE = { 'a/kustomization.yaml': 'resources:\n  - ../b\n', 'b/kustomization.yaml': 'resources:\n  - ../a\n' };
const THREE = { 'a/kustomization.yaml': 'resources:\n  - ../b\n', 'b/kustomization.yaml': 'components:\n  - ../c\n', 'c/kustomization.yaml': 'resources:\n  - ../a\n' };
// 1,000 overlays, each on top of the next: a bounded walk, one clear report
const CHAIN: Record<string, string> = {};
for (let i = 0; i < 1000; i++) CHAIN[`o${i}/kustomization.yaml`] = i < 999 ? `resources:\n  - ../o${i + 1}\n` : 'resources: []\n';
const LAYOUT = { 'base/kustomization.yaml': 'resources:\n  - d.yaml\n', 'base/d.yaml': 'x: 1\n', 'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n', 'overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\n' };

ruleSpec('KUS002', {
  path: 'a/kustomization.yaml',
  fires: [
    // a cycle, reported on the reference that enters it, in each kustomization of it
    [{ files: CYCLE }, ['KUS002@2:5-2:9']],
    [{ files: CYCLE, path: 'b/kustomization.yaml' }, ['KUS002@2']],
    [{ files: THREE }, ['KUS002@2']],
    // a kustomization that includes its own folder
    [{ files: { 'a/kustomization.yaml': 'resources:\n  - .\n' } }, ['KUS002@2']],
    // an overlay below its base's folder, pointing up at it
    [{ files: { 'app/kustomization.yaml': 'resources:\n  - d.yaml\n', 'app/d.yaml': 'x: 1\n', 'app/overlays/dev/kustomization.yaml': 'resources:\n  - ../../\n' }, path: 'app/overlays/dev/kustomization.yaml' }, ['KUS002@2']],
    // an overlay chain deeper than the limit
    [{ files: CHAIN, path: 'o0/kustomization.yaml' }, ['KUS002@2']],
  ],
  quiet: [
    // a normal base/overlay layout
    { files: LAYOUT, path: 'overlays/prod/kustomization.yaml' },
    { files: LAYOUT, path: 'base/kustomization.yaml' },
    // a diamond is not a cycle
    { files: { 'a/kustomization.yaml': 'resources:\n  - ../b\n  - ../c\n', 'b/kustomization.yaml': 'resources:\n  - ../c\n', 'c/kustomization.yaml': 'resources: []\n' } },
    { files: { 'a/kustomization.yaml': 'resources:\n  - ../../outside\n' } },
    // no workspace
    loose('resources:\n  - ../b\n', 'a/kustomization.yaml'),
  ],
  details: [
    [{ files: CYCLE }, 2, { args: { chain: '. → ../b → .' }, variant: undefined }],
    [{ files: CHAIN, path: 'o0/kustomization.yaml' }, 2, { variant: 'tooDeep' }],
    [{ files: { 'a/kustomization.yaml': 'resources:\n  - .\n' } }, 2, { variant: 'ancestor' }],
  ],
});
