// How a Kubernetes document is used, which decides how strictly it is checked: a whole object, a kustomize patch (a
// partial object: required fields may be missing, `$patch` directives are allowed) or a Helm chart template (not a
// manifest until rendered: left alone). Read through the workspace (recorded, so the findings follow a change of
// the kustomization that lists the file).
import { posix } from 'node:path';
import type { DocumentModel } from '../model';
import type { WorkspaceFs } from '../workspace/fs';
import type { WorkspaceView } from '../workspace/view';
import type { YamlCheck } from '../kinds/yaml';
import { dirOf, kustomizationIn } from '../common/paths';

export type DocumentRole = 'object' | 'patch' | 'template';

const PATCH_KEYS = new Set(['patches', 'patchesStrategicMerge', 'patchesJson6902']);

export function documentRole(model: DocumentModel, fs: WorkspaceFs, workspace: WorkspaceView): DocumentRole {
  if (!fs.available || !fs.contains(model.path)) return 'object';
  const segs = model.path.split('/');
  const t = segs.lastIndexOf('templates');
  if (t > 0 && fs.exists(posix.join(segs.slice(0, t).join('/') || '/', 'Chart.yaml'))) return 'template';
  return listedBy(model, fs, workspace).some((l) => PATCH_KEYS.has(l.key)) ? 'patch' : 'object';
}

/**
 * Whether a kustomization lists this file as a resource and adds labels to selectors (commonLabels, `labels` with
 * includeSelectors, a transformer): kustomize then creates a missing `spec.selector`, so the file may leave it out.
 */
export function selectorFromKustomize(model: DocumentModel, fs: WorkspaceFs, workspace: WorkspaceView): boolean {
  return listedBy(model, fs, workspace).some((l) => l.key === 'resources' && l.addsSelectors);
}

/** The kustomizations in this file's folder or up to two folders above that list it, and under which field. */
function listedBy(model: DocumentModel, fs: WorkspaceFs, workspace: WorkspaceView): { key: string; addsSelectors: boolean }[] {
  if (!fs.available || !fs.contains(model.path)) return [];
  const out: { key: string; addsSelectors: boolean }[] = [];
  let dir = dirOf(model.path);
  for (let up = 0; up < 3 && fs.contains(dir); up++) {
    const k = kustomizationIn(fs, dir);
    const facts = k ? workspace.factsOf(k, 'yaml')?.kustomize : undefined;
    for (const e of facts?.edges ?? []) if (e.path === model.path) out.push({ key: e.key, addsSelectors: !!facts?.addsSelectors });
    const parent = posix.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

/**
 * A check that judges what an object lacks (no probe, no resources, a selector with no matching labels) says nothing
 * true about a kustomize patch, which holds only the fields it changes, nor about a chart template: it runs on whole
 * objects only.
 */
export function wholeObjectsOnly(check: YamlCheck): YamlCheck {
  return {
    ...check,
    run(ctx) {
      if (documentRole(ctx.model, ctx.fs, ctx.workspace) !== 'object') return;
      check.run(ctx);
    },
  };
}
