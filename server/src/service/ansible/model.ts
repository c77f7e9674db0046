// The Ansible model: plays, blocks, tasks and handlers found once per document version (the Outline, the index, and
// the checks and hovers of the Ansible issue read it), the variables a vars file defines, and the groups and hosts of
// a YAML inventory. A task's module is its first key that is not a task keyword.
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import { getValue, isMap, isSeq, mapPairs, pairKey, scalarString, seqItems, type YamlNode, type YamlPair } from '../yaml';
import { KEYWORD_LEVELS, REMOVED_KEYWORDS } from './data/keywords';

/** Keys of a task that are not its module: every task, block and handler keyword (data/keywords.ts). */
export const TASK_KEYWORDS: ReadonlySet<string> = new Set(
  [...KEYWORD_LEVELS].filter(([, levels]) => levels.has('task') || levels.has('block')).map(([k]) => k),
);

export interface AnsibleTask {
  node: YamlNode;
  name?: string;
  /** `task`, `block` (has `block:`) or `handler` (an item of `handlers:` or of a handlers file). */
  level: 'task' | 'block' | 'handler';
  /** The module (or `include_tasks`, `import_role` …) as written; undefined for a block. */
  module?: string;
  /** The module's key/value pair (`apt: {…}`, `command: ls`); `action:`/`local_action:` hold the module in their value. */
  modulePair?: YamlPair;
  /** Every other key of the item that is not a keyword (a second module, a typo'd keyword …), in order. */
  strayPairs: YamlPair[];
  /** All pairs of the item, in order. */
  pairs: YamlPair[];
  /** `listen` topics (handlers). */
  listen: string[];
  /** For a block: its tasks, rescue and always sections. */
  children: AnsibleTask[];
}

export interface AnsiblePlay {
  node: YamlNode;
  name?: string;
  hosts?: string;
  /** `import_playbook` (a play that is only an import). */
  imports?: string;
  sections: { key: string; tasks: AnsibleTask[] }[];
  handlers: AnsibleTask[];
  roles: string[];
}

export interface AnsibleModel {
  plays: AnsiblePlay[];
  /** A task or handler file: its items. */
  tasks: AnsibleTask[];
  /** A vars file: the names it defines. */
  vars: { name: string; node: YamlNode }[];
  /** A role's meta/main.yml: the roles it depends on (run before it). */
  dependencies: { name: string; node: YamlNode }[];
}

const isLoopKey = (k: string) => k.startsWith('with_');

function listen(node: unknown): string[] {
  const l = getValue(node, 'listen');
  return isSeq(l) ? seqItems(l).map(scalarString).filter((s): s is string => !!s) : scalarString(l) ? [scalarString(l)!] : [];
}

/** A key that is never a module: a keyword, a `with_<lookup>` loop, a removed keyword (reported by its own rule). */
export const isTaskKeyword = (k: string): boolean => TASK_KEYWORDS.has(k) || isLoopKey(k) || k in REMOVED_KEYWORDS;

export function readTasks(list: unknown, depth = 0, handlers = false): AnsibleTask[] {
  const out: AnsibleTask[] = [];
  if (depth > 20) return out;
  for (const item of seqItems(list)) {
    if (!isMap(item)) continue;
    const pairs = mapPairs(item);
    const children = ['block', 'rescue', 'always'].flatMap((k) => readTasks(getValue(item, k), depth + 1, handlers));
    const isBlock = pairs.some((p) => pairKey(p) === 'block');
    const candidates = isBlock ? [] : pairs.filter((p) => { const k = pairKey(p); return k !== null && !isTaskKeyword(k); });
    // The module is the first non-keyword key; with `action:`/`local_action:` the module is in that value.
    const modulePair = candidates[0];
    out.push({
      node: item as YamlNode,
      name: scalarString(getValue(item, 'name')),
      level: isBlock ? 'block' : handlers ? 'handler' : 'task',
      module: modulePair ? pairKey(modulePair)! : isBlock ? undefined : actionModule(item),
      modulePair,
      strayPairs: candidates.slice(1),
      pairs,
      listen: listen(item),
      children,
    });
  }
  return out;
}

/** `action: apt name=git` / `local_action: { module: apt, … }`: the module named there. */
function actionModule(item: unknown): string | undefined {
  for (const k of ['action', 'local_action']) {
    const v = getValue(item, k);
    const s = scalarString(v);
    if (s) return /^\S+/.exec(s.trim())?.[0];
    const m = scalarString(getValue(v, 'module'));
    if (m) return m;
  }
  return undefined;
}

const PLAY_SECTIONS = ['pre_tasks', 'roles', 'tasks', 'post_tasks'];

// ───────────────────────── The one task walker ─────────────────────────

/** Every task of a list with the tasks of its blocks (block, rescue, always), depth-first, in order. */
export function flatTasks(tasks: readonly AnsibleTask[], out: AnsibleTask[] = [], depth = 0): AnsibleTask[] {
  if (depth > 20) return out;
  for (const t of tasks) {
    out.push(t);
    flatTasks(t.children, out, depth + 1);
  }
  return out;
}

/** A play's tasks of every section (pre_tasks, tasks, post_tasks), flattened (not its handlers). */
export function playTasks(play: AnsiblePlay): AnsibleTask[] {
  return flatTasks(play.sections.flatMap((s) => s.tasks));
}

/** A task with what surrounds it: its play (in a playbook) and its enclosing blocks, outermost first. */
export interface TaskInContext {
  task: AnsibleTask;
  play?: AnsiblePlay;
  blocks: AnsibleTask[];
  /** An item of a play's `handlers:` (blocks included), or a handler of a handlers file. */
  handler: boolean;
}

const walked = new WeakMap<AnsibleModel, TaskInContext[]>();

/**
 * Every task, handler and block of a model, depth first: each play's sections then its handlers, then the items of a
 * task file. The one walk every pass reads (bounded by the model's own depth limit), computed once per model.
 */
export function tasksInContext(m: AnsibleModel): TaskInContext[] {
  const hit = walked.get(m);
  if (hit) return hit;
  const out: TaskInContext[] = [];
  const visit = (list: AnsibleTask[], play: AnsiblePlay | undefined, blocks: AnsibleTask[], handler: boolean, depth: number) => {
    if (depth > 20) return;
    for (const t of list) {
      out.push({ task: t, play, blocks, handler: handler || t.level === 'handler' });
      if (t.children.length) visit(t.children, play, [...blocks, t], handler || t.level === 'handler', depth + 1);
    }
  };
  for (const play of m.plays) {
    for (const s of play.sections) visit(s.tasks, play, [], false, 0);
    visit(play.handlers, play, [], true, 0);
  }
  visit(m.tasks, undefined, [], false, 0);
  walked.set(m, out);
  return out;
}

/** The walk of one document (see tasksInContext). */
export const tasksOf = (doc: YamlDocModel, path: string): TaskInContext[] => tasksInContext(ansibleModel(doc, path));

/** Every task, handler and block of a model in walk order (see tasksInContext). */
export const allTasks = (m: AnsibleModel): AnsibleTask[] => tasksInContext(m).map((c) => c.task);

const cache = new WeakMap<YamlDocModel, AnsibleModel>();

/** The plays or tasks of one YAML document; `path` is the file's (a task file under `handlers/` holds handlers). */
export function ansibleModel(doc: YamlDocModel, path = ''): AnsibleModel {
  const hit = cache.get(doc);
  if (hit) return hit;
  const root = doc.yaml.doc.contents;
  const m: AnsibleModel = { plays: [], tasks: [], vars: [], dependencies: [] };
  if (doc.format === 'ansible-playbook') {
    for (const item of seqItems(root)) {
      if (!isMap(item)) continue;
      const roles = seqItems(getValue(item, 'roles')).map((r) => scalarString(r) ?? scalarString(getValue(r, 'role')) ?? scalarString(getValue(r, 'name'))).filter((s): s is string => !!s);
      m.plays.push({
        node: item as YamlNode,
        name: scalarString(getValue(item, 'name')),
        hosts: scalarString(getValue(item, 'hosts')),
        imports: scalarString(getValue(item, 'import_playbook')) ?? scalarString(getValue(item, 'ansible.builtin.import_playbook')),
        sections: PLAY_SECTIONS.filter((k) => k !== 'roles').map((key) => ({ key, tasks: readTasks(getValue(item, key)) })).filter((s) => s.tasks.length),
        handlers: readTasks(getValue(item, 'handlers'), 0, true),
        roles,
      });
    }
  } else if (doc.format === 'ansible-tasks') {
    m.tasks = readTasks(root, 0, isHandlerPath(path));
  } else if (doc.format === 'ansible-meta') {
    for (const d of seqItems(getValue(root, 'dependencies'))) {
      const node = (isMap(d) ? getValue(d, 'role') ?? getValue(d, 'name') : d) as YamlNode;
      const name = scalarString(node);
      if (name) m.dependencies.push({ name, node });
    }
  } else if (doc.format === 'ansible-vars') {
    for (const p of mapPairs(root)) {
      const k = pairKey(p);
      if (k !== null && p.key && typeof p.key === 'object') m.vars.push({ name: k, node: p.key as YamlNode });
    }
  }
  cache.set(doc, m);
  return m;
}

/** `roles/<role>/<part>/…`: the role a file belongs to and which part of it. */
export function roleOf(path: string): { name: string; part: string } | undefined {
  const segs = path.replace(/\\/g, '/').split('/');
  for (let i = segs.length - 3; i >= 0; i--) if (segs[i] === 'roles' && segs[i + 2]) return { name: segs[i + 1], part: segs[i + 2] };
  return undefined;
}

/** A task file inside a `handlers` folder holds handlers. */
export function isHandlerFile(model: DocumentModel): boolean {
  return isHandlerPath(model.path);
}

export function isHandlerPath(path: string): boolean {
  return /(^|[\\/])handlers[\\/][^\\/]+$/.test(path);
}

export interface YamlInventoryGroup {
  name: string;
  node: YamlNode;
  hosts: { name: string; node: YamlNode }[];
  children: YamlInventoryGroup[];
  /** The variable names of the group's `vars:` and of its hosts' maps. */
  vars: string[];
}

/** The groups of a YAML inventory (`all:` → `hosts`, `children` …), bounded in depth. */
export function yamlInventoryGroups(doc: YamlDocModel): YamlInventoryGroup[] {
  const read = (map: unknown, depth: number): YamlInventoryGroup[] => {
    if (depth > 20) return [];
    const out: YamlInventoryGroup[] = [];
    for (const p of mapPairs(map)) {
      const name = pairKey(p);
      if (name === null || !p.key || typeof p.key !== 'object') continue;
      const hosts = mapPairs(getValue(p.value, 'hosts'))
        .map((h) => ({ name: pairKey(h), node: h.key as YamlNode }))
        .filter((h): h is { name: string; node: YamlNode } => h.name !== null && !!h.node);
      const keys = (m: unknown) => mapPairs(m).map(pairKey).filter((k): k is string => k !== null);
      const vars = [...keys(getValue(p.value, 'vars')), ...mapPairs(getValue(p.value, 'hosts')).flatMap((h) => keys(h.value))];
      out.push({ name, node: p.key as YamlNode, hosts, children: read(getValue(p.value, 'children'), depth + 1), vars });
    }
    return out;
  };
  return read(doc.yaml.doc.contents, 0);
}
