// The Ansible model: plays, blocks, tasks and handlers found once per document version (the Outline, the index, and
// the checks and hovers of the Ansible issue read it), the variables a vars file defines, and the groups and hosts of
// a YAML inventory. A task's module is its first key that is not a task keyword.
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import { getValue, isMap, isSeq, mapPairs, pairKey, scalarString, seqItems, type YamlNode } from '../yaml';

/** Keys of a task that are not its module (the task keywords of ansible-core, and loops). */
export const TASK_KEYWORDS = new Set([
  'name', 'action', 'local_action', 'args', 'any_errors_fatal', 'async', 'become', 'become_exe', 'become_flags', 'become_method',
  'become_user', 'changed_when', 'check_mode', 'collections', 'connection', 'debugger', 'delay', 'delegate_facts', 'delegate_to',
  'diff', 'environment', 'failed_when', 'ignore_errors', 'ignore_unreachable', 'listen', 'loop', 'loop_control', 'module_defaults',
  'no_log', 'notify', 'poll', 'port', 'register', 'remote_user', 'retries', 'run_once', 'tags', 'throttle', 'timeout', 'until',
  'vars', 'when', 'block', 'rescue', 'always',
]);

export interface AnsibleTask {
  node: YamlNode;
  name?: string;
  /** The module (or `include_tasks`, `import_role` …); undefined for a block. */
  module?: string;
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
}

const isLoopKey = (k: string) => k.startsWith('with_');

function listen(node: unknown): string[] {
  const l = getValue(node, 'listen');
  return isSeq(l) ? seqItems(l).map(scalarString).filter((s): s is string => !!s) : scalarString(l) ? [scalarString(l)!] : [];
}

export function readTasks(list: unknown, depth = 0): AnsibleTask[] {
  const out: AnsibleTask[] = [];
  if (depth > 20) return out;
  for (const item of seqItems(list)) {
    if (!isMap(item)) continue;
    const keys = mapPairs(item).map(pairKey).filter((k): k is string => k !== null);
    const children = ['block', 'rescue', 'always'].flatMap((k) => readTasks(getValue(item, k), depth + 1));
    const isBlock = keys.includes('block');
    out.push({
      node: item as YamlNode,
      name: scalarString(getValue(item, 'name')),
      module: isBlock ? undefined : keys.find((k) => !TASK_KEYWORDS.has(k) && !isLoopKey(k)),
      listen: listen(item),
      children,
    });
  }
  return out;
}

const PLAY_SECTIONS = ['pre_tasks', 'roles', 'tasks', 'post_tasks'];

const cache = new WeakMap<YamlDocModel, AnsibleModel>();

export function ansibleModel(doc: YamlDocModel): AnsibleModel {
  const hit = cache.get(doc);
  if (hit) return hit;
  const root = doc.yaml.doc.contents;
  const m: AnsibleModel = { plays: [], tasks: [], vars: [] };
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
        handlers: readTasks(getValue(item, 'handlers')),
        roles,
      });
    }
  } else if (doc.format === 'ansible-tasks') {
    m.tasks = readTasks(root);
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
  return /(^|[\\/])handlers[\\/][^\\/]+$/.test(model.path);
}

export interface YamlInventoryGroup {
  name: string;
  node: YamlNode;
  hosts: { name: string; node: YamlNode }[];
  children: YamlInventoryGroup[];
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
      out.push({ name, node: p.key as YamlNode, hosts, children: read(getValue(p.value, 'children'), depth + 1) });
    }
    return out;
  };
  return read(doc.yaml.doc.contents, 0);
}
