// What the cross-file rules share: the workspace's facts when a "not in the workspace" may be said (the index is
// built and complete), and the objects of a kind there.
import type { FileFacts } from '../../workspace/facts';
import type { WorkspaceView } from '../../workspace/view';
import type { DocumentModel } from '../../model';
import { withOwnFacts } from '../own';

/**
 * Every file's facts (this document's own objects from its model), or undefined when the index is not ready or
 * stopped at a limit (then nothing is said).
 */
export function workspaceFacts(workspace: WorkspaceView, model: DocumentModel): readonly FileFacts[] | undefined {
  const all = workspace.allOf('kubernetes', 'kustomize');
  return all && workspace.complete ? withOwnFacts(all, model) : undefined;
}

/** `name (file)` for a message: the object's kind and name and the file it is in, relative to the one being checked. */
export function describe(kind: string | undefined, name: string | undefined, file: string): string {
  const base = file.split('/').pop() ?? file;
  return `${kind ?? '?'} ${name ?? '?'} (${base})`;
}

/**
 * Is `other` near `file`: in its folder, or below the folder above it (a base and its overlays, a chart's siblings)?
 * "Did you mean" names only objects near the reference, not ones of an unrelated project in the same workspace.
 */
export function near(file: string, other: string): boolean {
  const dir = file.slice(0, file.lastIndexOf('/'));
  const up = dir.slice(0, Math.max(0, dir.lastIndexOf('/')));
  return other.startsWith(`${up || dir}/`);
}
