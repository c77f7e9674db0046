import { posix } from 'node:path';
import type { YamlCheck } from '../../kinds/yaml';
import { dirOf, pathStatus } from '../../common/paths';
import { toRange } from '../../yaml';
import { kustomizationIn, kustomizationRefs } from '../model';

/**
 * KUS001: a path in `resources`, `bases`, `components`, `crds` or patches that does not exist in the workspace, or a
 * folder without a kustomization file: `kubectl apply -k` / `kustomize build` fails on it. Paths outside the
 * workspace are not read (KUS004 says so).
 */
export const check: YamlCheck = {
  rule: 'KUS001',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const base = dirOf(model.path);
    for (const ref of kustomizationRefs(doc)) {
      const target = posix.resolve(base, ref.value);
      const status = pathStatus(fs, target);
      if (status !== 'missing' && status !== 'dir') continue;
      const range = toRange(model.index, ref.node as { range?: [number, number, number] });
      if (!range) continue;
      if (status === 'missing') report(range, { path: ref.value, key: ref.key });
      else if ((ref.key === 'resources' || ref.key === 'bases' || ref.key === 'components') && !kustomizationIn(fs, target)) {
        report(range, { path: ref.value, key: ref.key }, undefined, 'noKustomization');
      }
    }
  },
};
