// How a Kubernetes document is used, which decides how strictly it is checked: a whole object, a kustomize patch (a
// partial object: required fields may be missing, `$patch` directives are allowed) or a Helm chart template (not a
// manifest until rendered: left alone). Read through the workspace (recorded, so the findings follow a change of
// the kustomization that lists the file).
import { posix } from 'node:path';
import type { DocumentModel } from '../model';
import type { WorkspaceFs } from '../workspace/fs';
import type { WorkspaceView } from '../workspace/view';
import { dirOf, kustomizationIn } from '../common/paths';

export type DocumentRole = 'object' | 'patch' | 'template';

const PATCH_KEYS = new Set(['patches', 'patchesStrategicMerge', 'patchesJson6902']);

export function documentRole(model: DocumentModel, fs: WorkspaceFs, workspace: WorkspaceView): DocumentRole {
  if (!fs.available || !fs.contains(model.path)) return 'object';
  const segs = model.path.split('/');
  const t = segs.lastIndexOf('templates');
  if (t > 0 && fs.exists(posix.join(segs.slice(0, t).join('/') || '/', 'Chart.yaml'))) return 'template';
  // A kustomization in this folder or up to two folders above that lists this file as a patch.
  let dir = dirOf(model.path);
  for (let up = 0; up < 3 && fs.contains(dir); up++) {
    const k = kustomizationIn(fs, dir);
    if (k && workspace.factsOf(k, 'yaml')?.kustomize?.edges.some((e) => PATCH_KEYS.has(e.key) && e.path === model.path)) return 'patch';
    const parent = posix.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return 'object';
}
