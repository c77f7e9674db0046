// What the Ansible cross-file rules share: the workspace's facts when a "nowhere in the workspace" may be said (the
// index is built and complete), with this document's own facts from its open text; where Ansible looks for a file a
// task names (the file's folder, the role's `tasks/` `templates/` `files/` `vars/`, the playbook folder's); where it
// looks for a role (`roles/` beside the playbook, the playbook's folder, `roles_path` of an ansible.cfg).
import { posix } from 'node:path';
import type { DocumentModel } from '../model';
import type { FileFacts } from '../workspace/facts';
import type { WorkspaceFs } from '../workspace/fs';
import type { WorkspaceView } from '../workspace/view';
import { basename, dirOf, pathStatus } from '../common/paths';
import { ansibleFacts } from './navigation';

const own = new WeakMap<DocumentModel, { mine: FileFacts; all?: readonly FileFacts[]; merged?: FileFacts[] }>();

/**
 * Every file's Ansible and inventory facts, this document's from its model (the open text), or undefined when the
 * index is not ready or stopped at a limit (then nothing is said). `partial`: also what an incomplete index holds (for
 * hovers and completion, which show what is known).
 */
export function ansibleWorkspace(workspace: WorkspaceView, model: DocumentModel, partial = false): readonly FileFacts[] | undefined {
  const all = workspace.allOf('ansible', 'inventory');
  if (!all || (!workspace.complete && !partial)) return undefined;
  let e = own.get(model);
  if (!e) {
    const part = ansibleFacts(model, [...model.units]);
    own.set(model, (e = { mine: { path: model.path, formats: [], symbols: [], ansible: part.ansible, inventory: part.inventory } }));
  }
  if (e.all !== all || !e.merged) {
    e.all = all;
    e.merged = [...all.filter((f) => f.path !== model.path), e.mine];
  }
  return e.merged;
}

/** `…/roles/<role>` of a file inside a role, else undefined. */
export function roleRoot(path: string): string | undefined {
  const segs = path.split('/');
  for (let i = segs.length - 3; i >= 0; i--) if (segs[i] === 'roles' && segs[i + 2]) return segs.slice(0, i + 2).join('/');
  return undefined;
}

/** What a path names: a task file, a vars file, a template, a file to copy, a playbook. */
export type PathKind = 'tasks' | 'vars' | 'templates' | 'files' | 'playbook';

/**
 * The folders Ansible looks in for a relative path a file names, most likely first: in a role its `<kind>/` folder
 * and its root (and the playbook folder above `roles/`); beside the file, in its `<kind>/`; a task file in `tasks/`
 * or `handlers/` is read from the playbook one folder up, so that folder and its `<kind>/` too.
 */
export function searchDirs(path: string, kind: PathKind): string[] {
  const dir = dirOf(path);
  if (kind === 'playbook') return [dir];
  const out: string[] = [];
  const sub = kind;
  const role = roleRoot(path);
  if (role) {
    out.push(posix.join(role, sub), posix.join(role, 'tasks'), role);
    const above = posix.dirname(posix.dirname(role));
    out.push(posix.join(above, sub), above);
  }
  out.push(posix.join(dir, sub), dir);
  const up = posix.dirname(dir);
  if (up !== dir) out.push(posix.join(up, sub), up);
  return [...new Set(out)];
}

export type Found = 'found' | 'missing' | 'unknown';

/**
 * Is the relative (or absolute) path there in one of the folders? `unknown` when no workspace is known or the path
 * leaves the workspace (then nothing is said).
 */
export function findPath(fs: WorkspaceFs, dirs: readonly string[], p: string): Found {
  if (!fs.available) return 'unknown';
  const candidates = posix.isAbsolute(p) ? [p] : dirs.map((d) => posix.resolve(d, p));
  let inside = 0;
  for (const c of candidates) {
    const st = pathStatus(fs, c);
    if (st === 'file' || st === 'dir') return 'found';
    if (st === 'missing') inside++;
  }
  // A path that leaves the workspace everywhere it is looked for is not ours to judge.
  return inside && !p.split('/').includes('..') ? 'missing' : inside && candidates.every((c) => fs.contains(c)) ? 'missing' : 'unknown';
}

/** The `roles_path` folders of the ansible.cfg files in the folder or above it (up to 4 levels), or 'outside'. */
function rolesPaths(fs: WorkspaceFs, dir: string): string[] | 'outside' {
  const out: string[] = [];
  let d = dir;
  for (let i = 0; i < 5; i++) {
    const cfg = posix.join(d, 'ansible.cfg');
    const text = fs.exists(cfg) ? fs.readFile(cfg) : undefined;
    const m = text && /^\s*roles_path\s*[=:]\s*(.+)$/m.exec(text);
    if (m) {
      for (const raw of m[1].split(/[:,]/)) {
        const p = raw.trim();
        if (!p) continue;
        if (p.startsWith('~') || p.startsWith('$')) return 'outside';
        const abs = posix.resolve(d, p);
        if (!fs.contains(abs)) return 'outside';
        out.push(abs);
      }
    }
    const up = posix.dirname(d);
    if (up === d || !fs.contains(up)) break;
    d = up;
  }
  return out;
}

/** A requirements file near the playbook that names the role (installed by `ansible-galaxy`, not in the workspace). */
function inRequirements(fs: WorkspaceFs, dir: string, name: string): boolean {
  const word = new RegExp(`(^|[^\\w.-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`, 'm');
  let d = dir;
  for (let i = 0; i < 3; i++) {
    for (const f of ['requirements.yml', 'requirements.yaml', 'roles/requirements.yml', 'roles/requirements.yaml', 'collections/requirements.yml']) {
      const p = posix.join(d, f);
      const text = fs.exists(p) ? fs.readFile(p) : undefined;
      if (text && word.test(text)) return true;
    }
    const up = posix.dirname(d);
    if (up === d || !fs.contains(up)) break;
    d = up;
  }
  return false;
}

/**
 * Where is the role a playbook or task file names? `found`, `missing`, or `unknown` (no workspace, Jinja, a collection
 * or Galaxy role `ns.role` / `ns.coll.role`, a `roles_path` outside the workspace, a requirements file naming it).
 */
export function findRole(fs: WorkspaceFs, filePath: string, name: string): Found {
  if (!fs.available || !fs.contains(filePath) || !name || /[{}%]/.test(name)) return 'unknown';
  const dir = dirOf(filePath);
  if (name.includes('/')) return findPath(fs, [dir, posix.join(dir, 'roles')], name);
  const role = roleRoot(filePath);
  const dirs = [posix.join(dir, 'roles'), dir];
  if (role) dirs.push(posix.dirname(role));
  // A role's own tests (`roles/x/tests/test.yml` naming `x`, molecule scenarios) run the role they are in.
  for (let d = dir, i = 0; i < 4; i++, d = posix.dirname(d)) {
    if (basename(d) === name && fs.isDirectory(posix.join(d, 'tasks'))) return 'found';
    dirs.push(posix.join(d, 'roles'));
  }
  const extra = rolesPaths(fs, dir);
  if (extra === 'outside') return 'unknown';
  dirs.push(...extra);
  for (const d of dirs) if (fs.isDirectory(posix.join(d, name))) return 'found';
  if (name.includes('.')) return 'unknown';
  if (inRequirements(fs, dir, name)) return 'unknown';
  return 'missing';
}
