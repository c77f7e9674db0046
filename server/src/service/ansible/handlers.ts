// Which handlers a `notify` can reach. In a play: its own `handlers:` (and the handler files they import), the
// handlers of the roles it uses (every role handler of the workspace, since roles bring their dependencies'
// handlers too). In a task file, whose play is not known: any handler of the workspace. `undefined` = not knowable
// (a role that is not in the workspace, an import with Jinja, the index not ready): the rules stay quiet then.
import { posix } from 'node:path';
import type { DocumentModel } from '../model';
import type { FileFacts } from '../workspace/facts';
import type { WorkspaceFs } from '../workspace/fs';
import type { WorkspaceView } from '../workspace/view';
import { closest } from '../text';
import { basename } from '../common/paths';
import { isSeq, mapPairs, pairKey } from '../yaml';
import { readTasks, type AnsiblePlay, type AnsibleTask, flatTasks, playTasks } from './model';
import { ansibleWorkspace, searchDirs } from './crossfile';
import { handlerKeys, hasJinja, moduleArgs, playRoleRefs, shortModule, taskRoleRefs } from './xref';

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

export interface PlayHandlers {
  names: Set<string>;
  /** Handlers under a misspelled `handlers:` key (`handler:`), which Ansible does not read: name → the key. */
  stray: Map<string, string>;
}

/** What the notify names of a play can reach, or undefined when that cannot be known. */
export function playHandlers(model: DocumentModel, play: AnsiblePlay, fs: WorkspaceFs, workspace: WorkspaceView): PlayHandlers | undefined {
  const names = new Set<string>();
  for (const h of flatTasks(play.handlers)) {
    for (const k of handlerKeys(h)) names.add(k);
    const inc = includedTaskFile(model, h);
    if (!inc) continue;
    if (inc.dynamic || !inc.value) return undefined;
    const facts = includedFacts(model, fs, workspace, inc.value);
    if (!facts?.ansible) return undefined;
    for (const x of facts.ansible.handlers) for (const k of [x.name, ...x.listen]) if (k) names.add(k);
    for (const x of facts.ansible.tasks) names.add(x.name);
  }
  const roles = [...playRoleRefs(play), ...taskRoleRefs(model, playTasks(play))];
  if (roles.length) {
    const all = ansibleWorkspace(workspace, model);
    if (!all) return undefined;
    const present = new Set(all.map((f) => f.ansible?.role?.name).filter((n): n is string => !!n));
    if (roles.some((r) => hasJinja(r.name) || !present.has(basename(r.name)))) return undefined;
    for (const f of all) if (f.ansible?.role?.part === 'handlers') addHandlers(f, names);
  }
  const stray = new Map<string, string>();
  for (const p of mapPairs(play.node)) {
    const k = pairKey(p);
    if (k === null || k === 'handlers' || !isSeq(p.value) || closest(k, ['handlers']) !== 'handlers') continue;
    for (const t of flatTasks(readTasks(p.value, 0, true))) for (const n of handlerKeys(t)) stray.set(n, k);
  }
  return { names, stray };
}

function addHandlers(f: FileFacts, names: Set<string>): void {
  for (const x of f.ansible?.handlers ?? []) for (const k of [x.name, ...x.listen]) if (k) names.add(k);
}

/**
 * Every handler name and topic of the workspace (for a task file, whose play is not known), with the task names of
 * task files that are not in a role's `tasks/` (a handlers file a play imports may live anywhere). Undefined until
 * the index is ready and complete.
 */
export function workspaceHandlers(model: DocumentModel, workspace: WorkspaceView): Set<string> | undefined {
  const all = ansibleWorkspace(workspace, model);
  if (!all) return undefined;
  const names = new Set<string>();
  for (const f of all) {
    addHandlers(f, names);
    const a = f.ansible;
    if (a && !a.plays.length && a.role?.part !== 'tasks') for (const t of a.tasks) names.add(t.name);
  }
  return names;
}

