import { posix } from 'node:path';
import type { YamlCheck } from '../../kinds/yaml';
import { dirOf, pathStatus } from '../../common/paths';
import { toRange } from '../../yaml';
import { kustomizationRefs } from '../model';

/** KUS004: a path that leaves the workspace (`../../../etc/passwd`): it is not read, so it is not checked. */
export const check: YamlCheck = {
  rule: 'KUS004',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const base = dirOf(model.path);
    for (const ref of kustomizationRefs(doc)) {
      if (pathStatus(fs, posix.resolve(base, ref.value)) !== 'outside') continue;
      const range = toRange(model.index, ref.node as { range?: [number, number, number] });
      if (range) report(range, { path: ref.value });
    }
  },
};
