// Variables: the names a file defines (play, block and task `vars`, `register`, `set_fact` keys, `vars_prompt`, role
// parameters, `loop_var`), the names Ansible itself provides (magic variables, facts, connection variables), and the
// names a Jinja expression uses first. ANS057 compares them; hovers and completion may read the same lists.
import type { DocumentModel } from '../model';
import { getValue, isMap, isScalar, isSeq, mapPairs, pairKey, scalarString, seqItems, type YamlNode } from '../yaml';
import { flatTasks, playTasks, allTasks, type AnsibleModel, type AnsibleTask } from './model';
import { allVariables } from './lookup';
import { moduleArgs, shortModule } from './xref';

/** Names Ansible provides to every play, besides `ansible_*` (facts and connection variables) and the knowledge's list. */
export const BUILTIN_VARIABLES: ReadonlySet<string> = new Set([
  'item', 'ansible_facts', 'inventory_hostname', 'inventory_hostname_short', 'inventory_dir', 'inventory_file', 'hostvars',
  'groups', 'group_names', 'play_hosts', 'playbook_dir', 'role_path', 'role_name', 'role_names', 'omit', 'vars',
  'environment', 'ansible_loop', 'ansible_index_var', 'ansible_play_batch', 'ansible_play_hosts', 'ansible_version',
  // Jinja's own globals and constants, and the loop object of `{% for %}`.
  'lookup', 'query', 'q', 'range', 'dict', 'lipsum', 'cycler', 'joiner', 'namespace', 'now', 'undef', 'loop', 'super',
  'varargs', 'kwargs', 'true', 'false', 'none', 'True', 'False', 'None', 'not', 'in', 'is', 'and', 'or', 'if', 'else',
]);

/** Is this a name Ansible (or Jinja) itself provides? Any `ansible_*` name counts (a fact or a connection variable). */
export function isProvidedVariable(name: string): boolean {
  if (name.startsWith('ansible_') || BUILTIN_VARIABLES.has(name)) return true;
  return allVariables().some((v) => v.name === name);
}

const keysOf = (m: unknown): string[] => mapPairs(m).map(pairKey).filter((k): k is string => k !== null);

/** The variables one task defines for what follows: `register`, `set_fact`/`include_vars` names, its `vars`, `loop_var`. */
function taskDefines(model: DocumentModel, t: AnsibleTask, out: Set<string>): void {
  const reg = scalarString(getValue(t.node, 'register'));
  if (reg) out.add(reg.trim());
  for (const k of keysOf(getValue(t.node, 'vars'))) out.add(k);
  const loopVar = scalarString(getValue(getValue(t.node, 'loop_control'), 'loop_var'));
  if (loopVar) out.add(loopVar);
  const m = shortModule(t.module);
  if (m === 'set_fact' || m === 'set_stats') {
    for (const [k] of moduleArgs(model, t)) if (k !== 'cacheable' && k !== '_raw' && k !== 'aggregate' && k !== 'per_host') out.add(k);
  } else if (m === 'include_vars') {
    const name = moduleArgs(model, t).get('name')?.value;
    if (name) out.add(name);
  } else if (m === 'include_role' || m === 'import_role') {
    // A role's parameters are given as `vars:` (read above); nothing else.
  }
}

/** The variables a play or task file defines itself (for the index and for checks of the same file), sorted. */
export function definedNames(model: DocumentModel, m: AnsibleModel): string[] {
  const out = new Set<string>();
  for (const play of m.plays) {
    for (const k of keysOf(getValue(play.node, 'vars'))) out.add(k);
    for (const p of seqItems(getValue(play.node, 'vars_prompt'))) {
      const n = scalarString(getValue(p, 'name'));
      if (n) out.add(n);
    }
    // Role parameters: `- role: x` with further keys, or `vars:` of the entry.
    for (const r of seqItems(getValue(play.node, 'roles'))) {
      if (!isMap(r)) continue;
      for (const k of keysOf(r)) if (!['role', 'name', 'vars', 'when', 'tags', 'become', 'become_user', 'delegate_to', 'environment'].includes(k)) out.add(k);
      for (const k of keysOf(getValue(r, 'vars'))) out.add(k);
    }
    for (const t of [...playTasks(play), ...flatTasks(play.handlers)]) taskDefines(model, t, out);
  }
  for (const t of flatTasks(m.tasks)) taskDefines(model, t, out);
  return [...out].sort();
}

/** The vars files a playbook or task file reads by name (`vars_files`, `include_vars`), as written, without Jinja. */
export function varsFilesOf(model: DocumentModel, m: AnsibleModel): string[] {
  const out = new Set<string>();
  for (const play of m.plays) {
    for (const item of seqItems(getValue(play.node, 'vars_files'))) {
      for (const a of isSeq(item) ? seqItems(item) : [item]) {
        const s = scalarString(a);
        if (s && !s.includes('{{')) out.add(s);
      }
    }
  }
  const tasks = allTasks(m);
  for (const t of tasks) {
    if (shortModule(t.module) !== 'include_vars') continue;
    const a = moduleArgs(model, t);
    const f = a.get('file')?.value ?? a.get('_raw')?.value;
    if (f && !f.includes('{{')) out.add(f);
  }
  return [...out].sort();
}

/** The top-level keys of a vars file's text (`name: value` at column 0): cheap, and enough for a vars file. */
export function varsFileKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:["']?)([A-Za-z_][\w]*)(?:["']?)[ \t]*:(?:[ \t]|$)/gm)) {
    out.push(m[1]);
    if (out.length > 5000) break;
  }
  return out;
}

export interface VarUse {
  name: string;
  /** Offset of the name in the string value. */
  at: number;
}

const IDENT = /[A-Za-z_][\w]*/y;

/**
 * The first name of one Jinja expression (`foo` in `foo.bar | default(1)`), unless it is a call (`lookup(…)`), a
 * literal, or guarded: a `default` filter, an `is defined` / `is undefined` test, a `?` … anywhere in the expression.
 */
function firstName(expr: string, offset: number): VarUse | undefined {
  if (/\|\s*(?:default|d|mandatory)\b|\bis\s+(?:not\s+)?(?:defined|undefined|none)\b|\bin\s+(?:vars|hostvars|groups)\b/.test(expr)) return undefined;
  let i = 0;
  for (;;) {
    while (i < expr.length && /[\s(]/.test(expr[i])) i++;
    if (expr.startsWith('not ', i) || expr.startsWith('-', i)) {
      i += expr[i] === '-' ? 1 : 4;
      continue;
    }
    break;
  }
  IDENT.lastIndex = i;
  const m = IDENT.exec(expr);
  if (!m) return undefined;
  const next = expr.slice(i + m[0].length).trimStart()[0];
  if (next === '(') return undefined;
  return { name: m[0], at: offset + i };
}

/** The names Jinja in a string uses first (each `{{ … }}`), minus the names its own `{% for %}` / `{% set %}` make. */
export function jinjaUses(s: string): VarUse[] {
  if (!s.includes('{{') && !s.includes('{%')) return [];
  const local = new Set<string>();
  for (const m of s.matchAll(/\{%-?\s*for\s+([\w\s,]+?)\s+in\b/g)) for (const n of m[1].split(',')) local.add(n.trim());
  for (const m of s.matchAll(/\{%-?\s*set\s+([\w\s,]+?)\s*=/g)) for (const n of m[1].split(',')) local.add(n.trim());
  for (const m of s.matchAll(/\{%-?\s*macro\s+\w+\s*\(([^)]*)\)/g)) for (const n of m[1].split(',')) local.add(n.split('=')[0].trim());
  const out: VarUse[] = [];
  for (const m of s.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)) {
    const u = firstName(m[1], m.index + m[0].indexOf(m[1]));
    if (u && !local.has(u.name)) out.push(u);
    if (out.length > 200) break;
  }
  return out;
}

/** The first name of a bare expression (`when: foo.bar == 1`), as a use at offset 0 of it. */
export function expressionUse(s: string): VarUse | undefined {
  if (hasBraces(s)) return undefined;
  return firstName(s, 0);
}

const hasBraces = (s: string) => s.includes('{{') || s.includes('{%');

/** Keywords whose value is a bare expression (no braces). */
export const EXPRESSION_KEYWORDS: ReadonlySet<string> = new Set(['when', 'changed_when', 'failed_when', 'until']);

/** Every scalar string below a node, with its node (bounded in depth and count). */
export function scalarsBelow(node: unknown, out: { s: string; node: YamlNode }[] = [], depth = 0): { s: string; node: YamlNode }[] {
  if (depth > 30 || out.length > 5000) return out;
  if (isScalar(node)) {
    const s = scalarString(node);
    if (s !== undefined && typeof (node as { value: unknown }).value === 'string') out.push({ s, node: node as YamlNode });
  } else if (isMap(node)) for (const p of mapPairs(node)) scalarsBelow(p.value, out, depth + 1);
  else if (isSeq(node)) for (const i of seqItems(node)) scalarsBelow(i, out, depth + 1);
  return out;
}
