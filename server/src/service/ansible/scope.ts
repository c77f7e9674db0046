// What hovers and completion share: where a YAML path is in a playbook or task file (a play, a task at any depth of
// blocks, a role entry), the Jinja expression under an offset, and the inventory groups and hosts of the workspace
// index. Which handlers a `notify` reaches is handlers.ts's answer; which variables are defined, variables.ts's.
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import type { WorkspaceView } from '../workspace/view';
import type { FileFacts } from '../workspace/facts';
import { getValue, isMap, mapPairs, pairKey, seqItems, type YamlNode, type YamlPath } from '../yaml';
import { isHandlerPath, tasksOf, type AnsibleTask } from './model';
import { shortPath } from './xref';
import { EXPRESSION_KEYWORDS } from './data/keywords';

const TASK_SECTIONS = new Set(['pre_tasks', 'tasks', 'post_tasks', 'handlers']);
const NESTED = new Set(['block', 'rescue', 'always']);

export type Where =
  | { kind: 'play'; play: unknown; rest: YamlPath }
  | { kind: 'task'; item: unknown; play?: unknown; handler: boolean; rest: YamlPath }
  | { kind: 'role'; item: unknown; play: unknown; rest: YamlPath };

/** Which play, task (blocks followed) or role entry a path of a playbook or task file is in, and the path inside it. */
export function locate(doc: YamlDocModel, path: YamlPath, filePath: string): Where | undefined {
  const root = doc.yaml.doc.contents;
  if (typeof path[0] !== 'number') return undefined;
  if (doc.format === 'ansible-tasks') return inTasks(root, path, isHandlerPath(filePath), undefined);
  if (doc.format !== 'ansible-playbook') return undefined;
  const play = seqItems(root)[path[0]];
  const rest = path.slice(1);
  const section = rest[0];
  if (typeof section === 'string' && TASK_SECTIONS.has(section) && typeof rest[1] === 'number') return inTasks(getValue(play, section), rest.slice(1), section === 'handlers', play);
  if (section === 'roles' && typeof rest[1] === 'number') return { kind: 'role', item: seqItems(getValue(play, 'roles'))[rest[1]], play, rest: rest.slice(2) };
  return { kind: 'play', play, rest };
}

/** Whether a YAML path is a list of tasks: a task file's root, a play's task section, a block's `block`/`rescue`/`always`. */
export function isTaskList(doc: YamlDocModel, path: YamlPath, filePath: string): boolean {
  if (path.length === 0) return doc.format === 'ansible-tasks';
  const last = path[path.length - 1];
  if (typeof last !== 'string') return false;
  if (doc.format === 'ansible-playbook' && path.length === 2 && typeof path[0] === 'number' && TASK_SECTIONS.has(last)) return true;
  if (!NESTED.has(last)) return false;
  const w = locate(doc, path.slice(0, -1), filePath);
  return w?.kind === 'task' && w.rest.length === 0;
}

function inTasks(list: unknown, path: YamlPath, handler: boolean, play: unknown): Where {
  let item = seqItems(list)[path[0] as number];
  let rest = path.slice(1);
  for (let depth = 0; depth < 50 && typeof rest[0] === 'string' && NESTED.has(rest[0]) && typeof rest[1] === 'number'; depth++) {
    item = seqItems(getValue(item, rest[0]))[rest[1]];
    rest = rest.slice(2);
  }
  return { kind: 'task', item, play, handler, rest };
}

/** The model's task for an item node (undefined for an item being written that the model does not hold). */
export function taskOf(doc: YamlDocModel, filePath: string, item: unknown): AnsibleTask | undefined {
  if (!item) return undefined;
  return tasksOf(doc, filePath).find((c) => c.task.node === item)?.task;
}

export const hasKey = (map: unknown, key: string): boolean => mapPairs(map).some((p) => pairKey(p) === key);

// ───────────────────────── Jinja ─────────────────────────

/** Keys whose value is a bare Jinja expression (no `{{ }}`): the expression keywords and assert's `that`. */
export const EXPRESSION_KEYS: ReadonlySet<string> = new Set([...EXPRESSION_KEYWORDS, 'that']);

const JINJA_WORDS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'elif', 'endif', 'for', 'endfor', 'true', 'false', 'none', 'True', 'False', 'None', 'set', 'recursive', 'loop']);

export type JinjaToken =
  | { kind: 'filter' | 'test'; name: string; start: number; end: number }
  | { kind: 'var'; name: string; start: number; end: number }
  | { kind: 'fact'; name: string; start: number; end: number };

/**
 * The Jinja token under `rel` of `source` (a scalar's source text): a filter after `|`, a test after `is`, a
 * variable (the root of a dotted chain), a fact (`ansible_facts['x']`, `ansible_facts.x`). `bare`: the whole text is
 * an expression (`when:`). Offsets are relative to `source`.
 */
export function jinjaTokenAt(source: string, rel: number, bare: boolean): JinjaToken | undefined {
  let region: [number, number] | undefined;
  if (bare) region = [0, source.length];
  else {
    for (const m of source.matchAll(/\{\{([\s\S]*?)(?:\}\}|$)|\{%([\s\S]*?)(?:%\}|$)/g)) {
      const s = m.index + 2;
      const e = m.index + m[0].length;
      if (s <= rel && rel <= e) region = [s, e];
      if (m.index > rel) break;
    }
  }
  if (!region) return undefined;
  const expr = source.slice(region[0], region[1]);
  const at = rel - region[0];
  const re = /'[^']*'|"[^"]*"|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/g;
  for (const m of expr.matchAll(re)) {
    const s = m.index;
    const e = s + m[0].length;
    if (at < s || at > e) continue;
    const before = expr.slice(0, s).trimEnd();
    const abs = (a: number, b: number) => ({ start: region![0] + a, end: region![0] + b });
    if (m[0].startsWith("'") || m[0].startsWith('"')) {
      if (/ansible_facts\s*\[$/.test(before)) return { kind: 'fact', name: m[0].slice(1, -1), ...abs(s, e) };
      return undefined;
    }
    if (before.endsWith('|')) return { kind: 'filter', name: m[0], ...abs(s, e) };
    if (/(^|[^\w.])is(\s+not)?$/.test(before)) return { kind: 'test', name: m[0], ...abs(s, e) };
    if (before.endsWith('.') || before.endsWith(']')) return undefined;
    const segs = m[0].split('.');
    // The segment under the cursor: the root is the variable; `ansible_facts.x` is the fact x.
    let off = s;
    let idx = 0;
    for (; idx < segs.length - 1 && off + segs[idx].length < at; idx++) off += segs[idx].length + 1;
    if (segs[0] === 'ansible_facts' && idx >= 1) return { kind: 'fact', name: segs[1], ...abs(s + segs[0].length + 1, s + segs[0].length + 1 + segs[1].length) };
    if (JINJA_WORDS.has(segs[0]) && segs.length === 1) return undefined;
    if (/^\s*\(/.test(expr.slice(e)) && segs.length === 1 && !before.endsWith('|')) {
      // a function call (`lookup(…)`, `range(…)`, `query(…)`): not a variable
      return undefined;
    }
    return { kind: 'var', name: segs[0], ...abs(s, s + segs[0].length) };
  }
  return undefined;
}

/** The source text of a scalar node (quotes and block indentation included) and where it starts. */
export function nodeSource(model: DocumentModel, node: unknown): { text: string; start: number } | undefined {
  const r = (node as { range?: [number, number, number] } | undefined)?.range;
  if (!r) return undefined;
  return { text: model.text.slice(r[0], r[1]), start: r[0] };
}

// ───────────────────────── Inventory ─────────────────────────

export interface IndexedGroup {
  name: string;
  hosts: string[];
  children: string[];
  where: string;
}

/** The inventory groups and hosts of the workspace index (undefined until it is ready). */
export function indexedInventory(workspace: WorkspaceView): { groups: IndexedGroup[]; hosts: { name: string; where: string }[] } | undefined {
  const files: readonly FileFacts[] | undefined = workspace.allOf('inventory');
  if (!files) return undefined;
  const groups: IndexedGroup[] = [];
  const hosts: { name: string; where: string }[] = [];
  for (const f of files) {
    const inv = f.inventory;
    if (!inv) continue;
    for (const g of inv.groups) groups.push({ name: g.name, hosts: g.hosts, children: g.children, where: `${shortPath(f.path)}:${g.range.start.line + 1}` });
    for (const h of inv.hosts) hosts.push({ name: h.name, where: `${shortPath(f.path)}:${h.range.start.line + 1}` });
  }
  return { groups, hosts };
}

export const isMapNode = (n: unknown): n is YamlNode => isMap(n);
