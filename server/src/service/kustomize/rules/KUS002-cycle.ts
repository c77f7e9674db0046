import { posix } from 'node:path';
import type { YamlCheck } from '../../kinds/yaml';
import { toRange } from '../../yaml';
import { dirOf } from '../../common/paths';
import { kustomizationIn, kustomizationRefs, walkGraph, MAX_DEPTH } from '../model';

/**
 * KUS002: kustomizations that refer to each other in a circle (a → b → a), a folder that contains the kustomization
 * itself (`../../` from an overlay below the base), or a chain of overlays deeper than MAX_DEPTH. kustomize refuses a cycle; the walk here is bounded either way.
 */
export const check: YamlCheck = {
  rule: 'KUS002',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs, workspace }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const self = posix.resolve(model.path.replace(/\\/g, '/'));
    const base = dirOf(self);
    for (const ref of kustomizationRefs(doc)) {
      if (ref.key !== 'resources' && ref.key !== 'bases' && ref.key !== 'components') continue;
      const target = posix.resolve(base, ref.value);
      if (!fs.contains(target) || !fs.isDirectory(target)) continue;
      // A folder that holds this kustomization: kustomize refuses it ("cycle detected: candidate root … contains visited root").
      if (base === target || base.startsWith(`${target}/`)) {
        const range = toRange(model.index, ref.node as { range?: [number, number, number] });
        if (range) report(range, { path: ref.value, chain: ref.value }, undefined, 'ancestor');
        return;
      }
      const child = kustomizationIn(fs, target);
      if (!child) continue;
      const problem = walkGraph(fs, workspace, self, [child]);
      if (!problem) continue;
      const range = toRange(model.index, ref.node as { range?: [number, number, number] });
      if (!range) continue;
      const short = problem.chain.map((p) => posix.relative(base, dirOf(p)) || '.');
      if (problem.kind === 'cycle') report(range, { chain: short.join(' → ') });
      else report(range, { chain: `${short.slice(0, 3).join(' → ')} → … (${problem.chain.length})`, depth: String(MAX_DEPTH) }, undefined, 'tooDeep');
      return; // one report per kustomization is enough
    }
  },
};
