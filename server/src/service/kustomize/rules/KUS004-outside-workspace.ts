import { posix } from 'node:path';
import type { YamlCheck } from '../../kinds/yaml';
import { toRange } from '../../yaml';
import { dirOf, pathRefs } from '../graph';

/** KUS004: a path that leaves the workspace (`../../../etc/passwd`): it is not read, so it is not checked. */
export const check: YamlCheck = {
  rule: 'KUS004',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const base = dirOf(model.path);
    for (const ref of pathRefs(doc.yaml.doc.contents)) {
      const target = posix.resolve(base, ref.value);
      if (fs.contains(target)) continue;
      const range = toRange(model.index, ref.node as { range?: [number, number, number] });
      if (range) report(range, { path: ref.value });
    }
  },
};
