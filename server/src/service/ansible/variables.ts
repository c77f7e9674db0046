// Variables, the one place for them: the names a file defines (play, block and task `vars`, `register`, `set_fact`
// keys, `vars_prompt`, role parameters, `loop_var`, `include_vars` names), the names a vars file defines, the names
// Ansible itself provides (magic variables, facts, connection variables, Jinja's globals), and the names a Jinja
// expression uses first. ANS057 and the index facts read the names; hovers and completion read the same definitions
// with where each is written (definedVariables).
import type { DocumentModel } from '../model';
import { getValue, isMap, isScalar, isSeq, mapPairs, pairKey, scalarString, seqItems, type YamlNode } from '../yaml';
import type { YamlDocModel } from '../kinds/yaml';
import type { WorkspaceView } from '../workspace/view';
import type { WorkspaceFs } from '../workspace/fs';
import { basename, dirOf, resolveIn } from '../common/paths';
import { allTasks, ansibleModel, roleOf, tasksInContext, type AnsibleModel, type AnsiblePlay, type AnsibleTask } from './model';
import { allVariables } from './lookup';
import { lineOf, moduleArgList, moduleArgs, shortModule, shortPath } from './xref';

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

/** A name a document defines, with the node that defines it and the keyword it comes from. */
export interface LocalDef {
  name: string;
  node: unknown;
  /** `vars`, `vars_prompt`, `role`, `register`, `loop_var`, `set_fact`, `set_stats`, `include_vars`. */
  kind: string;
  value?: string;
  /** The play it belongs to (undefined in a task file). */
  play?: AnsiblePlay;
  /** The task that defines it (undefined for a play's own). */
  task?: AnsibleTask;
}

const ROLE_ENTRY_KEYWORDS = ['role', 'name', 'vars', 'when', 'tags', 'become', 'become_user', 'delegate_to', 'environment'];

/** What a play defines itself: `vars`, `vars_prompt`, role parameters (`- role: x` with further keys, or its `vars:`). */
function playDefinitions(play: AnsiblePlay, out: LocalDef[]): void {
  for (const p of mapPairs(getValue(play.node, 'vars'))) {
    const k = pairKey(p);
    if (k !== null) out.push({ name: k, node: p.key, kind: 'vars', value: scalarString(p.value), play });
  }
  for (const p of seqItems(getValue(play.node, 'vars_prompt'))) {
    const n = scalarString(getValue(p, 'name'));
    if (n) out.push({ name: n, node: p, kind: 'vars_prompt', play });
  }
  for (const r of seqItems(getValue(play.node, 'roles'))) {
    if (!isMap(r)) continue;
    for (const p of mapPairs(r)) {
      const k = pairKey(p);
      if (k !== null && !ROLE_ENTRY_KEYWORDS.includes(k)) out.push({ name: k, node: p.key, kind: 'role', value: scalarString(p.value), play });
    }
    for (const p of mapPairs(getValue(r, 'vars'))) {
      const k = pairKey(p);
      if (k !== null) out.push({ name: k, node: p.key, kind: 'role', value: scalarString(p.value), play });
    }
  }
}

/** The variables one task defines for what follows: `register`, `set_fact`/`set_stats`/`include_vars` names, its `vars`, `loop_var`. */
function taskDefinitions(model: DocumentModel, t: AnsibleTask, play: AnsiblePlay | undefined, out: LocalDef[]): void {
  const regNode = getValue(t.node, 'register');
  const reg = scalarString(regNode);
  if (reg) out.push({ name: reg.trim(), node: regNode, kind: 'register', play, task: t });
  for (const p of mapPairs(getValue(t.node, 'vars'))) {
    const k = pairKey(p);
    if (k !== null) out.push({ name: k, node: p.key, kind: 'vars', value: scalarString(p.value), play, task: t });
  }
  const loopNode = getValue(getValue(t.node, 'loop_control'), 'loop_var');
  const loopVar = scalarString(loopNode);
  if (loopVar) out.push({ name: loopVar, node: loopNode, kind: 'loop_var', play, task: t });
  const m = shortModule(t.module);
  if (m === 'set_fact' || m === 'set_stats') {
    const seen = new Set<string>();
    for (const a of moduleArgList(model, t)) {
      if (seen.has(a.key) || ['cacheable', '_raw', 'aggregate', 'per_host'].includes(a.key)) continue;
      seen.add(a.key);
      out.push({ name: a.key, node: a.keyNode ?? a.node, kind: m, value: a.value, play, task: t });
    }
  } else if (m === 'include_vars') {
    const a = moduleArgs(model, t).get('name');
    if (a?.value) out.push({ name: a.value, node: a.node, kind: 'include_vars', play, task: t });
  }
  // A role's parameters (`include_role` with `vars:`) are the task's `vars`, read above.
}

const localCache = new WeakMap<AnsibleModel, LocalDef[]>();

/** Every variable a playbook or task file defines itself, in document order (plays first, then the tasks' walk). */
export function localDefinitions(model: DocumentModel, m: AnsibleModel): LocalDef[] {
  const hit = localCache.get(m);
  if (hit) return hit;
  const out: LocalDef[] = [];
  for (const play of m.plays) playDefinitions(play, out);
  for (const c of tasksInContext(m)) taskDefinitions(model, c.task, c.play, out);
  localCache.set(m, out);
  return out;
}

/** The variables a play or task file defines itself (for the index and for checks of the same file), sorted. */
export function definedNames(model: DocumentModel, m: AnsibleModel): string[] {
  return [...new Set(localDefinitions(model, m).map((d) => d.name))].sort();
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

/** The top-level `name: value` lines of a vars file's text (cheap, and enough for a vars file), with short plain values. */
export function varsFileEntries(text: string): { name: string; value?: string }[] {
  const out: { name: string; value?: string }[] = [];
  for (const m of text.matchAll(/^(?:["']?)([A-Za-z_][\w]*)(?:["']?)[ \t]*:(?:[ \t]|$)/gm)) {
    const end = m.index + m[0].length;
    const nl = text.indexOf('\n', end);
    const v = text.slice(end, nl < 0 ? undefined : nl).replace(/#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2');
    out.push({ name: m[1], value: v && v.length <= 80 && !/^[|>[{&*!]/.test(v) ? v : undefined });
    if (out.length > 5000) break;
  }
  return out;
}

/** The top-level keys of a vars file's text (see varsFileEntries). */
export const varsFileKeys = (text: string): string[] => varsFileEntries(text).map((e) => e.name);

/**
 * The variables a vars file defines: from its facts when the index reads it as a vars file, else (a `vars_files`
 * entry anywhere, such as `config.yml`) from its top-level `name: value` lines, read through the confined fs.
 */
export function varsOfFile(workspace: WorkspaceView, fs: WorkspaceFs, abs: string): { vars: string[]; values: Record<string, string> } | undefined {
  const a = workspace.factsOf(abs, 'ansible')?.ansible;
  if (a && (a.vars.length || !fs.available)) return { vars: a.vars, values: a.values ?? {} };
  if (!fs.available || !fs.contains(abs)) return undefined;
  const text = fs.readFile(abs);
  if (text === undefined) return undefined;
  const vars: string[] = [];
  const values: Record<string, string> = {};
  for (const e of varsFileEntries(text)) {
    vars.push(e.name);
    if (e.value !== undefined) values[e.name] = e.value;
  }
  return { vars, values };
}

/** A variable defined around a place, for hovers and completion. */
export interface VarDef {
  name: string;
  /** `site.yml:4 (vars)`, `group_vars/all.yml`, `site.yml:12 (register)`. */
  where: string;
  /** The value, when a short scalar is known. */
  value?: string;
}

const MAX_DEFS = 400;

function fileVars(workspace: WorkspaceView, fs: WorkspaceFs, abs: string, out: VarDef[], label?: string) {
  for (const candidate of /\.ya?ml$/.test(abs) ? [abs] : [`${abs}.yml`, `${abs}.yaml`, `${abs}/main.yml`, `${abs}/main.yaml`]) {
    const a = varsOfFile(workspace, fs, candidate);
    if (!a) continue;
    for (const n of a.vars) out.push({ name: n, where: label ?? shortPath(candidate), value: a.values[n] });
    return;
  }
}

/**
 * Every variable defined around a place (`play`: the play's YAML node, or undefined in a task file): what the document
 * defines itself (localDefinitions, of that play), its play's vars_files, its roles' and its own role's defaults and
 * vars, group_vars and host_vars of the workspace.
 */
export function definedVariables(model: DocumentModel, doc: YamlDocModel, workspace: WorkspaceView, fs: WorkspaceFs, play: unknown): VarDef[] {
  const out: VarDef[] = [];
  const file = basename(model.path);
  const dir = dirOf(model.path);
  const m = ansibleModel(doc, model.path);
  const local = localDefinitions(model, m).filter((d) => !play || !d.play || d.play.node === play);
  const def = (d: LocalDef): VarDef => ({ name: d.name, where: `${file}:${lineOf(model, d.node)} (${d.kind})`, value: d.value });
  // The play's own definitions first, then its files, then what its tasks define.
  for (const d of local) if (!d.task) out.push(def(d));
  if (play) {
    for (const f of seqItems(getValue(play, 'vars_files'))) {
      const s = scalarString(f);
      if (s && !s.includes('{{')) fileVars(workspace, fs, resolveIn(dir, s), out, `${s} (vars_files)`);
    }
    for (const r of seqItems(getValue(play, 'roles'))) {
      const name = scalarString(r) ?? scalarString(getValue(r, 'role')) ?? scalarString(getValue(r, 'name'));
      if (name && !name.includes('{{')) for (const part of ['defaults', 'vars']) fileVars(workspace, fs, `${resolveIn(dir, name.includes('/') ? name : `roles/${name}`)}/${part}/main`, out, `roles/${name}/${part}`);
    }
  }
  const role = roleOf(model.path);
  if (role) {
    const segs = model.path.split('/');
    const at = segs.lastIndexOf(role.part);
    const root = segs.slice(0, at).join('/');
    for (const part of ['defaults', 'vars']) fileVars(workspace, fs, `${root}/${part}/main`, out, `roles/${role.name}/${part}`);
  }
  for (const d of local) {
    if (out.length > MAX_DEFS) break;
    if (d.task) out.push(def(d));
  }
  // group_vars and host_vars of the workspace
  for (const f of workspace.allOf('ansible') ?? []) {
    if (out.length > MAX_DEFS) break;
    if (!/(^|\/)(group|host)_vars\//.test(f.path) || !f.ansible) continue;
    const where = f.path.slice(f.path.search(/(group|host)_vars\//));
    for (const n of f.ansible.vars) out.push({ name: n, where, value: f.ansible.values?.[n] });
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
