// Which handlers a `notify` can reach, with where each is written — the one answer for ANS050/ANS051, the notify
// hover and notify completion. In a play: its own `handlers:` (and the handler files they import), the handlers of
// the roles it uses (every role handler of the workspace, since roles bring their dependencies' handlers too). In a
// task file, whose play is not known: any handler of the workspace. `complete: false` when more may be reachable (a
// role that is not in the workspace, an import with Jinja, the index not ready): the rules stay quiet then.
import { posix } from 'node:path';
import type { DocumentModel } from '../model';
import type { FileFacts } from '../workspace/facts';
import type { WorkspaceFs } from '../workspace/fs';
import type { WorkspaceView } from '../workspace/view';
import { closest } from '../text';
import { basename } from '../common/paths';
import { isSeq, mapPairs, pairKey } from '../yaml';
import type { YamlDocModel } from '../kinds/yaml';
import { ansibleModel, flatTasks, playTasks, readTasks, type AnsiblePlay, type AnsibleTask } from './model';
import { ansibleWorkspace, searchDirs } from './crossfile';
import { handlerKeys, hasJinja, lineOf, moduleArgs, playRoleRefs, shortModule, shortPath, taskRoleRefs } from './xref';

const TASK_INCLUDES = new Set(['include_tasks', 'import_tasks', 'include']);

/** The file an `include_tasks` / `import_tasks` names (its free form or `file:`), when it has no Jinja. */
export function includedTaskFile(model: DocumentModel, t: AnsibleTask): { value?: string; dynamic: boolean } | undefined {
  if (!TASK_INCLUDES.has(shortModule(t.module) ?? '')) return undefined;
  const a = moduleArgs(model, t);
  const v = a.get('file')?.value ?? a.get('_raw')?.value;
  if (!v || hasJinja(v)) return { dynamic: true };
  return { value: v, dynamic: false };
}

/** The facts of the task file an include names, looked for where Ansible would; undefined when not found. */
export function includedFacts(model: DocumentModel, fs: WorkspaceFs, workspace: WorkspaceView, file: string): FileFacts | undefined {
  if (!fs.available) return undefined;
  for (const d of searchDirs(model.path, 'tasks')) {
    const abs = posix.resolve(d, file);
    if (fs.contains(abs) && fs.exists(abs) && !fs.isDirectory(abs)) return workspace.factsOf(abs);
  }
  return undefined;
}

/** A handler name or `listen` topic, and where it is written (`site.yml:31`, `handlers/main.yml:1`). */
export interface HandlerDef {
  name: string;
  where: string;
}

export interface Reachable {
  /** Every name and topic found, in order (repeats kept). */
  defs: HandlerDef[];
  names: Set<string>;
  /**
   * Whether the list is all there is: false when a role or an import is not in the workspace, an import has Jinja, or
   * the index is not ready or stopped at a limit. The rules judge only a complete list; hovers show what was found.
   */
  complete: boolean;
  /** Handlers under a misspelled `handlers:` key (`handler:`), which Ansible does not read: name → the key. */
  stray: Map<string, string>;
}

const at = (path: string, range: { start: { line: number } }) => `${shortPath(path)}:${range.start.line + 1}`;

function reachable(): Reachable {
  return { defs: [], names: new Set(), complete: true, stray: new Map() };
}

function add(r: Reachable, name: string, where: string): void {
  r.defs.push({ name, where });
  r.names.add(name);
}

function addHandlers(r: Reachable, f: FileFacts): void {
  for (const x of f.ansible?.handlers ?? []) for (const k of [x.name, ...x.listen]) if (k) add(r, k, at(f.path, x.range));
}

/** What the notify names of a play can reach (see Reachable). */
export function playHandlers(model: DocumentModel, play: AnsiblePlay, fs: WorkspaceFs, workspace: WorkspaceView): Reachable {
  const r = reachable();
  const file = basename(model.path);
  for (const h of flatTasks(play.handlers)) {
    for (const k of handlerKeys(h)) add(r, k, `${file}:${lineOf(model, h.node)}`);
    const inc = includedTaskFile(model, h);
    if (!inc) continue;
    const facts = inc.dynamic || !inc.value ? undefined : includedFacts(model, fs, workspace, inc.value);
    if (!facts?.ansible) {
      r.complete = false;
      continue;
    }
    addHandlers(r, facts);
    for (const x of facts.ansible.tasks) add(r, x.name, at(facts.path, x.range));
  }
  const roles = [...playRoleRefs(play), ...taskRoleRefs(model, playTasks(play))];
  if (roles.length) {
    // A role brings its dependencies' handlers too: every role handler of the workspace counts.
    const all = ansibleWorkspace(workspace, model, true);
    if (!all || !workspace.complete) r.complete = false;
    const present = new Set((all ?? []).map((f) => f.ansible?.role?.name).filter((n): n is string => !!n));
    if (roles.some((x) => hasJinja(x.name) || !present.has(basename(x.name)))) r.complete = false;
    for (const f of all ?? []) if (f.ansible?.role?.part === 'handlers') addHandlers(r, f);
  }
  for (const p of mapPairs(play.node)) {
    const k = pairKey(p);
    if (k === null || k === 'handlers' || !isSeq(p.value) || closest(k, ['handlers']) !== 'handlers') continue;
    for (const t of flatTasks(readTasks(p.value, 0, true))) for (const n of handlerKeys(t)) r.stray.set(n, k);
  }
  return r;
}

/**
 * What a notify in a task file can reach, whose play is not known: every handler name and topic of the workspace,
 * with the task names of task files that are not in a role's `tasks/` (a handlers file a play imports may live
 * anywhere). Complete once the index is ready and complete.
 */
export function workspaceHandlers(model: DocumentModel, workspace: WorkspaceView): Reachable {
  const r = reachable();
  const all = ansibleWorkspace(workspace, model, true);
  r.complete = !!all && workspace.complete;
  for (const f of all ?? []) {
    addHandlers(r, f);
    const a = f.ansible;
    if (a && !a.plays.length && a.role?.part !== 'tasks') for (const t of a.tasks) add(r, t.name, at(f.path, t.range));
  }
  return r;
}

/** What a notify at a place can reach: the play's (`play` is its YAML node), or in a task file the workspace's. */
export function reachableHandlers(model: DocumentModel, doc: YamlDocModel, play: unknown, fs: WorkspaceFs, workspace: WorkspaceView): Reachable {
  const p = play ? ansibleModel(doc, model.path).plays.find((x) => x.node === play) : undefined;
  return p ? playHandlers(model, p, fs, workspace) : workspaceHandlers(model, workspace);
}
