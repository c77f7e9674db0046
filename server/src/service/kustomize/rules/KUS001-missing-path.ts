import { posix } from 'node:path';
import type { YamlCheck } from '../../kinds/yaml';
import { dirOf, isGitIgnored, pathStatus } from '../../common/paths';
import { toRange } from '../../yaml';
import { kustomizationIn, kustomizationRefs } from '../model';

/**
 * KUS001: a path the kustomization reads that is not there — a resource, component, patch, generator file, CRD,
 * transformer config … — or that is the wrong thing (a folder without a kustomization where one is needed, a folder
 * where a file is read, a file where a component folder goes, a file outside the kustomization's folder — kustomize
 * reads files only in or below it, folders anywhere): `kubectl apply -k` / `kustomize build` fail on it.
 * A missing path that a `.gitignore` lists is made by a build step (KUS003 says so, as info). Paths outside the
 * workspace are not read (KUS004).
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
      const range = () => toRange(model.index, ref.node as { range?: [number, number, number] });
      const args = { path: ref.value, key: ref.key };
      let variant: string | undefined;
      if (status === 'missing') {
        if (isGitIgnored(fs, target)) continue;
      } else if (status === 'dir') {
        if (ref.expect === 'file') variant = 'notFile';
        else if ((ref.expect === 'resource' || ref.expect === 'kustomization') && !kustomizationIn(fs, target)) variant = 'noKustomization';
        else continue;
      } else if (status === 'file') {
        if (ref.expect === 'kustomization') variant = 'notFolder';
        // kustomize's load restrictor: a file it reads must be in or below the kustomization's folder.
        else if (!target.startsWith(`${base}/`)) variant = 'outsideRoot';
        else continue;
      } else continue;
      const r = range();
      if (r) report(r, args, undefined, variant);
    }
  },
};
