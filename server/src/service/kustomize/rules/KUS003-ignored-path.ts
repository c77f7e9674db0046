import { posix } from 'node:path';
import type { YamlCheck } from '../../kinds/yaml';
import { dirOf, isGitIgnored, pathStatus } from '../../common/paths';
import { toRange } from '../../yaml';
import { kustomizationRefs } from '../model';

/**
 * KUS003: a path the kustomization reads that is not in the workspace but that a `.gitignore` lists: a file a build
 * step makes (a secret written by CI, manifests an Argo CD plugin renders), so its absence is expected here. Info:
 * the build works only after that step.
 */
export const check: YamlCheck = {
  rule: 'KUS003',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const base = dirOf(model.path);
    for (const ref of kustomizationRefs(doc)) {
      const target = posix.resolve(base, ref.value);
      if (pathStatus(fs, target) !== 'missing' || !isGitIgnored(fs, target)) continue;
      const range = toRange(model.index, ref.node as { range?: [number, number, number] });
      if (range) report(range, { path: ref.value, key: ref.key });
    }
  },
};
