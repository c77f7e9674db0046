import { ruleSpec } from './spec';

const K = 'kustomization.yaml';

ruleSpec('KUS003', {
  path: K,
  fires: [
    [{ files: { [K]: 'secretGenerator:\n- name: s\n  envs:\n  - secrets.env\n', '.gitignore': '*.env\n' } }, ['KUS003@4:5-4:16']],
    // a folder rendered by a plugin, ignored by the repository's root .gitignore
    [{ files: { 'apps/web/kustomization.yaml': 'resources:\n- rendered\n- deploy.yaml\n', 'apps/web/deploy.yaml': 'x: 1\n', '.gitignore': 'rendered/\n' }, path: 'apps/web/kustomization.yaml' }, ['KUS003@2']],
    [{ files: { [K]: 'resources:\n- generated/all.yaml\n', '.gitignore': '# build output\n/generated\n' } }, ['KUS003@2']],
  ],
  quiet: [
    // missing and not ignored: KUS001's
    { files: { [K]: 'resources:\n- app.yaml\n', '.gitignore': '*.env\n' } },
    // ignored but present
    { files: { [K]: 'resources:\n- app.yaml\n', 'app.yaml': 'x: 1\n', '.gitignore': 'app.yaml\n' } },
    // a negated pattern
    { files: { [K]: 'resources:\n- keep.yaml\n', '.gitignore': '*.yaml\n!keep.yaml\n' } },
  ],
  details: [[{ files: { [K]: 'secretGenerator:\n- name: s\n  envs:\n  - secrets.env\n', '.gitignore': '*.env\n' } }, 4, { args: { path: 'secrets.env', key: 'secretGenerator.envs' } }]],
});
