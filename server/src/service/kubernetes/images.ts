// Image tags that are set outside the manifest: a kustomization's `images:` (newTag, digest or newName) rewrites the
// image when the graph is built, and skaffold builds and tags the images its `build.artifacts` name. Such a manifest's
// `image: app` (or `app:latest`) is a placeholder for the real tag, not an unpinned image.
import { posix } from 'node:path';
import type { DocumentModel } from '../model';
import type { WorkspaceFs } from '../workspace/fs';
import type { WorkspaceView } from '../workspace/view';
import { dirOf } from '../common/paths';

const SKAFFOLD_FILES = ['skaffold.yaml', 'skaffold.yml'];

/** Image names tagged elsewhere; undefined while the workspace index is still being built (ask again then). */
export function imagesTaggedElsewhere(model: DocumentModel, fs: WorkspaceFs, workspace: WorkspaceView): Set<string> | undefined {
  const out = new Set<string>();
  if (!fs.available || !fs.contains(model.path)) return out;
  const all = workspace.allOf('kubernetes', 'kustomize');
  if (!all) return undefined;
  for (const f of all) for (const name of f.kustomize?.images ?? []) out.add(name);
  // skaffold.yaml in the manifest's folder or any folder above it, inside the workspace.
  let dir = dirOf(model.path);
  for (let up = 0; up < 20 && fs.contains(dir); up++) {
    for (const name of SKAFFOLD_FILES) {
      const text = fs.readFile(posix.join(dir, name));
      if (text) for (const m of text.matchAll(/^[ \t]*(?:-[ \t]+)?image:[ \t]*["']?([^\s"'#]+)/gm)) out.add(m[1]);
    }
    const parent = posix.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}
