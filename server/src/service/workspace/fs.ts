// File access for cross-file checks (a Dockerfile named by a Compose file, kustomize resources, Ansible handlers).
// Every read goes through here: it is confined to the workspace roots, bounded in size, and cached until the
// editor says the file changed.
import { readFileSync, readdirSync, statSync, realpathSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';

export interface WorkspaceFs {
  /** False when no workspace is known (a loose file): checks that need files stay quiet instead of guessing. */
  readonly available: boolean;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /**
   * The file's text, or undefined when it is missing, too large, outside the workspace, or not readable. Texts are
   * cached until invalidated; `cache: false` reads without keeping the text (the index keeps facts, not texts).
   */
  readFile(path: string, opts?: { cache?: boolean }): string | undefined;
  /** The entries of a folder inside the workspace (symbolic links are reported as such, not followed). */
  readDir(path: string): DirEntry[] | undefined;
  /** Whether a path lies inside the workspace (checks use it to say "outside the workspace" rather than "missing"). */
  contains(path: string): boolean;
  invalidate(path?: string): void;
}

export interface DirEntry {
  name: string;
  dir: boolean;
  file: boolean;
  symlink: boolean;
}

export const NO_FS: WorkspaceFs = {
  available: false,
  exists: () => false,
  isDirectory: () => false,
  readFile: () => undefined,
  readDir: () => undefined,
  contains: () => false,
  invalidate: () => undefined,
};

export const MAX_READ_BYTES = 1024 * 1024;

/** A WorkspaceFs over the real file system, confined to `roots` (symlinks resolved before the check). */
export function nodeWorkspaceFs(roots: string[], opts: { maxBytes?: number } = {}): WorkspaceFs {
  // Each root as given and as its real path: a workspace opened through a symlink is the same workspace.
  const realRoots = [...new Set(roots.flatMap((r) => {
    try {
      return [resolve(r), realpathSync(r)];
    } catch {
      return [resolve(r)];
    }
  }))];
  const maxBytes = opts.maxBytes ?? MAX_READ_BYTES;
  const statCache = new Map<string, { file: boolean; dir: boolean; size: number } | null>();
  const textCache = new Map<string, string | undefined>();
  const inside = (p: string) => realRoots.some((r) => p === r || p.startsWith(r.endsWith(sep) ? r : r + sep));
  // Real paths are kept until invalidated, like stats and texts (a check asks about the same paths many times).
  const realCache = new Map<string, string | undefined>();
  const real = (p: string): string | undefined => {
    if (!isAbsolute(p)) return undefined;
    const abs = resolve(p);
    if (!inside(abs)) return undefined; // never even stat a path outside the roots
    if (realCache.has(abs)) return realCache.get(abs);
    let rp: string | undefined;
    try {
      const r = realpathSync.native(abs);
      rp = inside(r) ? r : undefined;
    } catch {
      rp = abs; // missing file: report it as missing (inside the roots)
    }
    realCache.set(abs, rp);
    return rp;
  };
  const stat = (p: string) => {
    const rp = real(p);
    if (!rp) return null;
    if (statCache.has(rp)) return statCache.get(rp)!;
    let v: { file: boolean; dir: boolean; size: number } | null = null;
    try {
      const st = statSync(rp);
      v = { file: st.isFile(), dir: st.isDirectory(), size: st.size };
    } catch {
      v = null;
    }
    statCache.set(rp, v);
    return v;
  };
  return {
    available: realRoots.length > 0,
    exists: (p) => !!stat(p),
    isDirectory: (p) => !!stat(p)?.dir,
    contains: (p) => isAbsolute(p) && inside(resolve(p)),
    readFile(p, readOpts) {
      const rp = real(p);
      if (!rp) return undefined;
      if (textCache.has(rp)) return textCache.get(rp);
      const st = stat(rp);
      let text: string | undefined;
      if (st?.file && st.size <= maxBytes) {
        try {
          text = readFileSync(rp, 'utf8');
        } catch {
          text = undefined;
        }
      }
      if (readOpts?.cache !== false) textCache.set(rp, text);
      return text;
    },
    readDir(p) {
      const rp = real(p);
      if (!rp) return undefined;
      try {
        return readdirSync(rp, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory(), file: e.isFile(), symlink: e.isSymbolicLink() }));
      } catch {
        return undefined;
      }
    },
    invalidate(p) {
      if (!p) {
        realCache.clear();
        statCache.clear();
        textCache.clear();
        return;
      }
      const rp = resolve(p);
      // A created, deleted or moved path may change the real path of any path below it (a symlinked folder).
      realCache.clear();
      statCache.delete(rp);
      textCache.delete(rp);
      try {
        const r = realpathSync(rp);
        statCache.delete(r);
        textCache.delete(r);
      } catch {
        /* gone */
      }
    },
  };
}

/**
 * A WorkspaceFs that tells `onRead` every path it is asked about: findings that read the disk depend on those paths,
 * and are computed again when one of them changes.
 */
export function recordingFs(fs: WorkspaceFs, onRead: (path: string) => void): WorkspaceFs {
  const note = (p: string) => {
    onRead(p);
    return p;
  };
  return {
    get available() {
      return fs.available;
    },
    exists: (p) => fs.exists(note(p)),
    isDirectory: (p) => fs.isDirectory(note(p)),
    readFile: (p, o) => fs.readFile(note(p), o),
    readDir: (p) => fs.readDir(note(p)),
    contains: (p) => fs.contains(p),
    invalidate: (p) => fs.invalidate(p),
  };
}
