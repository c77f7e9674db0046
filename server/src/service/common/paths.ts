// Paths a file refers to (a Compose build context, kustomize resources, an Ansible role), resolved against the
// file's folder and looked up in the workspace. Shared by every format: one place decides what "missing" means.
import { posix } from 'node:path';
import ignore from 'ignore';
import type { WorkspaceFs } from '../workspace/fs';

/** The last segment of a path or URI path (query and fragment dropped). */
export function basename(path: string): string {
  const clean = path.replace(/[?#].*$/, '');
  const i = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
  return clean.slice(i + 1);
}

/** The folder of a file (paths written in a file are relative to it). */
export function dirOf(path: string): string {
  return posix.dirname(path.replace(/\\/g, '/'));
}

/** A path written in a file, resolved against `base` (an absolute folder); absolute paths are taken as they are. */
export function resolveIn(base: string, p: string): string {
  return posix.resolve(base, p);
}

/**
 * What a path is in the workspace: `file`, `dir`, `missing` (inside the workspace, not there), `outside` (not read:
 * it leaves the workspace), or `unknown` (no workspace: a loose file, so nothing is said about its paths).
 */
export type PathStatus = 'file' | 'dir' | 'missing' | 'outside' | 'unknown';

export function pathStatus(fs: WorkspaceFs, abs: string): PathStatus {
  if (!fs.available) return 'unknown';
  if (!fs.contains(abs)) return 'outside';
  if (!fs.exists(abs)) return 'missing';
  return fs.isDirectory(abs) ? 'dir' : 'file';
}

/** The file names kustomize reads a kustomization from, in the order it tries them. */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** The kustomization file of a folder, if it has one. */
export function kustomizationIn(fs: WorkspaceFs, dir: string): string | undefined {
  for (const f of KUSTOMIZATION_FILES) {
    const p = posix.join(dir, f);
    if (fs.exists(p) && !fs.isDirectory(p)) return p;
  }
  return undefined;
}

/** A file path as a `file://` URI (each segment percent-encoded), as the index's facts are turned into locations. */
export function fileUri(path: string): string {
  return 'file://' + path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Whether a path is ignored by a `.gitignore` of the workspace (in its folder or any folder above it, up to the
 * workspace root): such a file is made by a build step, so its absence in the editor is expected. Reads go through
 * `fs` (confined, recorded).
 */
export function isGitIgnored(fs: WorkspaceFs, abs: string): boolean {
  let dir = posix.dirname(abs);
  for (let depth = 0; depth < 40 && fs.contains(dir); depth++) {
    const text = fs.readFile(posix.join(dir, '.gitignore'));
    if (text) {
      const rel = posix.relative(dir, abs);
      try {
        const ig = ignore().add(text);
        // A missing path may be a folder: a `generated/` pattern matches `generated/` only.
        if (ig.ignores(rel) || ig.ignores(`${rel}/`)) return true;
      } catch {
        // a pattern the library refuses: treat the file as not ignoring anything
      }
    }
    const parent = posix.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return false;
}
