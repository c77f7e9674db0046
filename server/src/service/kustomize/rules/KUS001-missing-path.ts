import { posix } from 'node:path';
import type { YamlCheck } from '../../kinds/yaml';
import { toRange } from '../../yaml';
import { dirOf, kustomizationIn, pathRefs } from '../graph';

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
    for (const ref of pathRefs(doc.yaml.doc.contents)) {
      const target = posix.resolve(base, ref.value);
      if (!fs.contains(target)) continue;
      const range = toRange(model.index, ref.node as { range?: [number, number, number] });
      if (!range) continue;
      if (!fs.exists(target)) report(range, { path: ref.value, key: ref.key });
      else if (fs.isDirectory(target) && (ref.key === 'resources' || ref.key === 'bases' || ref.key === 'components') && !kustomizationIn(fs, target)) {
        report(range, { path: ref.value, key: ref.key }, undefined, 'noKustomization');
      }
    }
  },
};
