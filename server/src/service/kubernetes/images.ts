// Image tags that are set outside the manifest: a kustomization's `images:` (newTag, digest or newName) rewrites the
// image when the graph is built, and skaffold builds and tags the images its `build.artifacts` name. Such a manifest's
// `image: app` (or `app:latest`) is a placeholder for the real tag, not an unpinned image.
import type { DocumentModel } from '../model';
import type { WorkspaceFs } from '../workspace/fs';
import type { WorkspaceView } from '../workspace/view';

/** Image names tagged elsewhere in the workspace; undefined while the workspace index is still being built (ask again then). */
export function imagesTaggedElsewhere(model: DocumentModel, fs: WorkspaceFs, workspace: WorkspaceView): Set<string> | undefined {
  const out = new Set<string>();
  if (!fs.available || !fs.contains(model.path)) return out;
  const all = workspace.allOf('kubernetes', 'kustomize');
  if (!all) return undefined;
  for (const f of all) {
    for (const name of f.kustomize?.images ?? []) out.add(name);
    // skaffold.yaml (a Config of `apiVersion: skaffold/…`, read as a manifest of a kind we do not know) anywhere.
    for (const o of f.kubernetes ?? []) for (const image of o.builds ?? []) out.add(image);
  }
  return out;
}
