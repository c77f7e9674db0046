// Ansible hovers. Playbooks and task files: keywords (by level), modules (short, FQCN, `action:`), their options
// (aliases resolved; a value among the choices explains its option), Jinja inside any value or a bare `when:`
// (filters, tests, magic and fact variables, user variables with where they are defined), `notify:` (where the
// handler is), `hosts:` (the inventory group and its hosts), `roles:` (the role folder). Inventories (INI and YAML):
// groups with their hosts and children, hosts with their merged variables, ranges, `ansible_*` variables.
import type { Fact, KbHit } from '../types';
import type { FeatureContext } from '../provider';
import type { YamlDocModel } from '../kinds/yaml';
import type { PathAt } from '../yaml';
import { getValue, isMap, mapPairs, pairKey, scalarString, toRange, type YamlPath } from '../yaml';
import { dirOf, resolveIn } from '../common/paths';
import { yamlPathHover } from '../kb/pathHover';
import { KEYWORD_LEVELS } from './data/keywords';
import { findModule, findOption, findVariable } from './lookup';
import { freeFormArgs, hasJinja, notifyForms, shortPath } from './xref';
import { reachableHandlers } from './handlers';
import { INVENTORY_KIND, type InventoryFile, type InventoryUnit } from './inventory';
import { EXPRESSION_KEYS, indexedInventory, jinjaTokenAt, locate, nodeSource, taskOf, type JinjaToken, type Where } from './scope';
import { definedVariables, isProvidedVariable, varsOfFile } from './variables';

const MAX_LISTED = 12;
const ROLE_MODULES = /^(ansible\.(builtin|legacy)\.)?(include_role|import_role)$/;

type Ctx = FeatureContext;

const span = (ctx: Ctx, start: number, end: number) => ({ start: ctx.model.index.positionAt(start), end: ctx.model.index.positionAt(end) });

/** Names as a list (at least one: an empty list has a fact of its own, see hostsFact, childrenFact). */
function listed(names: string[], max = 8): string {
  const shown = names.slice(0, max).map((n) => `\`${n}\``).join(', ');
  return names.length > max ? `${shown} (+${names.length - max})` : shown;
}

/** A group's own hosts, or that it has none. */
const hostsFact = (hosts: string[]): Fact => (hosts.length ? { id: 'fact.ansible.groupHosts', args: { n: String(hosts.length), hosts: listed(hosts) } } : { id: 'fact.ansible.groupNoHosts' });
/** A group's child groups, or that it has none. */
const childrenFact = (children: string[]): Fact => (children.length ? { id: 'fact.ansible.groupChildren', args: { children: listed(children) } } : { id: 'fact.ansible.groupNoChildren' });

/** `ansible.var.<name>` for a variable of our tables; facts are found by their short name too (`ansible_distribution`). */
export function variableEntry(name: string): string | undefined {
  if (findVariable(name)) return `ansible.var.${name}`;
  if (name.startsWith('ansible_')) {
    const short = name.slice('ansible_'.length);
    if (findVariable(short)?.kind === 'fact') return `ansible.var.${short}`;
  }
  if (name === 'ansible_facts') return 'ansible.facts';
  return undefined;
}

export function ansibleHover(ctx: Ctx): KbHit | null {
  if (ctx.model.kind === INVENTORY_KIND) return iniHover(ctx, (ctx.unit as InventoryUnit).inventory);
  const doc = ctx.unit as YamlDocModel;
  const at = ctx.cursor as PathAt | undefined;
  if (!at || at.role === 'none' || !at.node) return null;
  if (doc.format === 'ansible-inventory') return yamlInventoryHover(ctx, doc, at);
  if (doc.format === 'ansible-meta') {
    // A dependency's name is a role; the keys are explained by their entries (`match.path`).
    const dep = at.role === 'value' && at.path[0] === 'dependencies';
    const hit = dep ? null : yamlPathHover(ctx as FeatureContext<YamlDocModel, PathAt>, 'ansible');
    const range = toRange(ctx.model.index, at.node as { range?: [number, number, number] });
    return hit ?? (dep && range ? { entryId: 'ansible.role', range } : null);
  }
  const range = toRange(ctx.model.index, at.node as { range?: [number, number, number] });
  if (!range) return null;
  const where = locate(doc, at.path, ctx.model.path);
  const last = at.path[at.path.length - 1];
  const key = typeof last === 'number' ? at.path[at.path.length - 2] : last;

  if (at.role === 'value') {
    const src = nodeSource(ctx.model, at.node);
    const bare = typeof key === 'string' && EXPRESSION_KEYS.has(key) && (where?.kind !== 'task' || where.rest[0] === key);
    const tok = src ? jinjaTokenAt(src.text, ctx.offset - src.start, bare) : undefined;
    if (tok) return jinjaHover(ctx, doc, tok, src!.start, where);
  }
  if (doc.format === 'ansible-vars') {
    if (at.role !== 'key' || at.path.length !== 1) return null;
    const id = variableEntry(String(last));
    return id ? { entryId: id, range } : null;
  }
  if (!where) return null;
  const rest = where.rest;
  const value = at.role === 'value' ? scalarString(at.node) : undefined;

  if (where.kind === 'play') {
    if (at.role === 'key' && rest.length === 1 && KEYWORD_LEVELS.get(String(rest[0]))?.has('play')) return { entryId: `ansible.keyword.${rest[0]}`, range };
    if (value !== undefined && rest[0] === 'hosts') return hostsHover(ctx, at);
    if (value !== undefined && rest[0] === 'vars_files' && rest.length === 2) {
      const names = varsOfFile(ctx.workspace, ctx.fs, resolveIn(dirOf(ctx.model.path), value))?.vars;
      return { entryId: 'ansible.varsfile', range, facts: names ? [names.length ? { id: 'fact.ansible.varsList', args: { names: listed(names, MAX_LISTED) } } : { id: 'fact.ansible.varsNone' }] : undefined };
    }
    if ((rest[0] === 'import_playbook' || rest[0] === 'ansible.builtin.import_playbook') && rest.length === 1) {
      const m = findModule('ansible.builtin.import_playbook');
      return m ? { entryId: `ansible.module.${m.name}`, range } : null;
    }
    return null;
  }
  if (where.kind === 'role') {
    if (value !== undefined && (rest.length === 0 || (rest.length === 1 && (rest[0] === 'role' || rest[0] === 'name')))) return roleHover(ctx, value, range);
    if (at.role === 'key' && rest.length === 1 && KEYWORD_LEVELS.get(String(rest[0]))?.has('role')) return { entryId: `ansible.keyword.${rest[0]}`, range };
    return null;
  }
  return taskHover(ctx, doc, where, at, range, value);
}

function taskHover(ctx: Ctx, doc: YamlDocModel, where: Extract<Where, { kind: 'task' }>, at: PathAt, range: KbHit['range'], value: string | undefined): KbHit | null {
  const rest = where.rest;
  const task = taskOf(doc, ctx.model.path, where.item);
  const first = rest[0];
  if (typeof first !== 'string') return null;
  const moduleName = task?.module;
  const isModuleKey = !!task?.modulePair && pairKey(task.modulePair) === first;
  // A key of the task itself: a keyword, the module, a second module.
  if (at.role === 'key' && rest.length === 1) {
    if (isModuleKey || !KEYWORD_LEVELS.has(first)) {
      const m = findModule(first);
      return m ? { entryId: `ansible.module.${m.name}`, range } : null;
    }
    return { entryId: `ansible.keyword.${first}`, range };
  }
  // `action: apt name=git`, `local_action: { module: apt }`
  if ((first === 'action' || first === 'local_action') && value !== undefined) {
    const src = nodeSource(ctx.model, at.node)!;
    if (rest.length === 2 && rest[1] === 'module') {
      const m = findModule(value);
      return m ? { entryId: `ansible.module.${m.name}`, range } : null;
    }
    if (rest.length === 1) {
      const word = /^(['"]?)(\S+)/.exec(src.text);
      const m = word ? findModule(word[2]) : undefined;
      const rel = ctx.offset - src.start;
      if (m && word && rel <= word[0].length) return { entryId: `ansible.module.${m.name}`, range: span(ctx, src.start + word[1].length, src.start + word[0].length) };
      return m ? freeFormOption(ctx, m.name, at.node) : null;
    }
  }
  if (first === 'notify' && value !== undefined) return handlerHover(ctx, doc, where, value, range);
  // Module options: `apt: { name: … }`, `args: { … }`, `apt: name=git state=present`.
  const m = moduleName ? findModule(moduleName) : undefined;
  if (m && (isModuleKey || first === 'args')) {
    if (rest.length === 1 && value !== undefined && isModuleKey) return freeFormOption(ctx, m.name, at.node);
    const optKey = rest[1];
    if (typeof optKey !== 'string') return null;
    const opt = findOption(m, optKey);
    if (!opt) return null;
    if (rest.length === 2 && at.role === 'key') return { entryId: `ansible.option.${m.name}.${opt.name}`, range };
    if (rest.length === 2 && value !== undefined) {
      if (ROLE_MODULES.test(moduleName!) && opt.name === 'name') return roleHover(ctx, value, range);
      const v = (at.node as { value?: unknown }).value;
      if (opt.spec.choices?.some((c) => c === v || String(c) === value) || opt.spec.type === 'bool') return { entryId: `ansible.option.${m.name}.${opt.name}`, range };
    }
  }
  return null;
}

/** `apt: name=git state=present`: the option whose `key=` is under the cursor (the words as xref.ts reads them). */
function freeFormOption(ctx: Ctx, moduleName: string, node: unknown): KbHit | null {
  const m = findModule(moduleName);
  if (!m) return null;
  for (const a of freeFormArgs(ctx.model, node)) {
    if (!a.keySpan || ctx.offset < a.keySpan[0] || ctx.offset > a.keySpan[1]) continue;
    const opt = findOption(m, a.key);
    return opt ? { entryId: `ansible.option.${m.name}.${opt.name}`, range: span(ctx, a.keySpan[0], a.keySpan[1]) } : null;
  }
  return null;
}

function jinjaHover(ctx: Ctx, doc: YamlDocModel, tok: JinjaToken, base: number, where: Where | undefined): KbHit | null {
  const range = span(ctx, base + tok.start, base + tok.end);
  if (tok.kind === 'filter') return { entryId: `ansible.filter.${tok.name}`, range };
  if (tok.kind === 'test') return { entryId: `ansible.test.${tok.name}`, range };
  if (tok.kind === 'fact') return { entryId: findVariable(tok.name) ? `ansible.var.${tok.name}` : 'ansible.facts', range };
  const known = variableEntry(tok.name);
  if (known) return { entryId: known, range };
  const defs = definedVariables(ctx.model, doc, ctx.workspace, ctx.fs, where?.play).filter((d) => d.name === tok.name);
  const facts: Fact[] = defs.slice(0, 6).map((d) => ({ id: d.value !== undefined ? 'fact.ansible.definedAs' : 'fact.ansible.definedIn', args: { name: d.name, where: d.where, value: d.value ?? '' } }));
  if (defs.length > 6) facts.push({ id: 'fact.ansible.more', args: { n: String(defs.length - 6) } });
  if (!defs.length && isProvidedVariable(tok.name)) return null;
  // Only a play knows all that defines its variables; a task file may be included by a play that sets them.
  if (!defs.length && doc.format === 'ansible-playbook') facts.push({ id: 'fact.ansible.notDefined', args: { name: tok.name } });
  return { entryId: 'ansible.variable', range, facts: facts.length ? facts : undefined };
}

function handlerHover(ctx: Ctx, doc: YamlDocModel, where: Extract<Where, { kind: 'task' }>, name: string, range: KbHit['range']): KbHit {
  // The rules' answer (ANS050): a `role : handler` name matches the handler too; "missing" only when the list is complete.
  const reach = reachableHandlers(ctx.model, doc, where.play, ctx.fs, ctx.workspace);
  const forms = notifyForms(name);
  const found = reach.defs.filter((h) => forms.includes(h.name));
  const facts: Fact[] = found.slice(0, 4).map((h) => ({ id: 'fact.ansible.handlerAt', args: { name, where: h.where } }));
  if (!found.length && reach.complete && !hasJinja(name)) facts.push({ id: 'fact.ansible.handlerMissing', args: { name } });
  return { entryId: 'ansible.handler', range, facts };
}

/** `hosts: web:&prod` — the group or host under the cursor, with its hosts from the workspace's inventories. */
function hostsHover(ctx: Ctx, at: PathAt): KbHit | null {
  const src = nodeSource(ctx.model, at.node)!;
  const rel = ctx.offset - src.start;
  let tok: { name: string; start: number; end: number } | undefined;
  for (const m of src.text.matchAll(/[^\s:,!&'"]+/g)) if (m.index <= rel && rel <= m.index + m[0].length) tok = { name: m[0], start: m.index, end: m.index + m[0].length };
  if (!tok || tok.name.includes('{{')) return null;
  const range = span(ctx, src.start + tok.start, src.start + tok.end);
  return groupHit(ctx, tok.name, range) ?? null;
}

function groupHit(ctx: Ctx, name: string, range: KbHit['range'], own?: InventoryFile): KbHit {
  if (name === 'all' || name === 'ungrouped') {
    const inv = indexedInventory(ctx.workspace);
    const n = inv ? new Set(inv.hosts.map((h) => h.name)).size : own ? [...own.groups.values()].reduce((s, g) => s + g.hosts.length, 0) : undefined;
    return { entryId: `ansible.group.${name}`, range, facts: n !== undefined && name === 'all' ? [{ id: 'fact.ansible.hostCount', args: { n: String(n) } }] : undefined };
  }
  const facts: Fact[] = [];
  const ownGroup = own?.groups.get(name);
  if (ownGroup) {
    facts.push(hostsFact(ownGroup.hosts.map((h) => h.name)));
    if (ownGroup.children.length) facts.push({ id: 'fact.ansible.groupChildren', args: { children: listed(ownGroup.children.map((c) => c.name)) } });
    return { entryId: 'ansible.group', range, facts };
  }
  const inv = indexedInventory(ctx.workspace);
  if (!inv) return { entryId: 'ansible.group', range };
  const groups = inv.groups.filter((g) => g.name === name);
  for (const g of groups.slice(0, 3)) {
    facts.push({ id: 'fact.ansible.groupIn', args: { where: g.where } });
    facts.push(hostsFact(g.hosts));
    if (g.children.length) facts.push({ id: 'fact.ansible.groupChildren', args: { children: listed(g.children) } });
  }
  if (groups.length) return { entryId: 'ansible.group', range, facts };
  const hosts = inv.hosts.filter((h) => h.name === name);
  if (hosts.length) return { entryId: 'ansible.host', range, facts: hosts.slice(0, 3).map((h) => ({ id: 'fact.ansible.hostIn', args: { name, where: h.where } })) };
  if (inv.groups.length) facts.push({ id: 'fact.ansible.groupMissing', args: { name } });
  return { entryId: 'ansible.group', range, facts };
}

/** A role name: its folder next to the playbook (`roles/<name>`), or the path it is written as. */
function roleHover(ctx: Ctx, name: string, range: KbHit['range']): KbHit {
  if (name.includes('{{') || !ctx.fs.available || !ctx.fs.contains(ctx.model.path)) return { entryId: 'ansible.role', range };
  const dir = dirOf(ctx.model.path);
  const segs = ctx.model.path.split('/');
  const rolesAt = segs.lastIndexOf('roles');
  const candidates = [resolveIn(dir, `roles/${name}`), resolveIn(dir, name)];
  if (rolesAt > 0) candidates.push(`${segs.slice(0, rolesAt + 1).join('/')}/${name}`);
  const found = candidates.find((c) => ctx.fs.isDirectory(c));
  return { entryId: 'ansible.role', range, facts: [found ? { id: 'fact.ansible.roleAt', args: { path: shortPath(found) + '/' } } : { id: 'fact.ansible.roleMissing', args: { name } }] };
}

// ───────────────────────── Inventories ─────────────────────────

interface MergedVar {
  value: string;
  from: string;
}

/** A host's variables, lowest precedence first: `all`, its groups (parents before children), then the host's own. */
function mergedHostVars(ctx: Ctx, host: string, groups: string[], inline: Map<string, MergedVar>, inventory?: InventoryFile): Map<string, MergedVar> {
  const out = new Map<string, MergedVar>();
  const files = ctx.workspace.allOf('ansible') ?? [];
  const fromFiles = (folder: 'group_vars' | 'host_vars', name: string) => {
    for (const f of files) {
      const m = new RegExp(`(^|/)${folder}/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.ya?ml|\\.json|/[^/]+)?$`).exec(f.path);
      if (!m || !f.ansible) continue;
      for (const v of f.ansible.vars) out.set(v, { value: f.ansible.values?.[v] ?? '…', from: f.path.slice(f.path.lastIndexOf(`${folder}/`)) });
    }
  };
  for (const g of ['all', ...groups]) {
    for (const v of inventory?.groups.get(g)?.vars ?? []) out.set(v.key, { value: v.value, from: `[${g}:vars]` });
    fromFiles('group_vars', g);
  }
  for (const [k, v] of inline) out.set(k, v);
  fromFiles('host_vars', host);
  return out;
}

/** The groups a host is in (direct ones last), through `:children`, bounded. */
function groupsOfHost(inv: InventoryFile, host: string): string[] {
  const direct = [...inv.groups.values()].filter((g) => g.hosts.some((h) => h.name === host)).map((g) => g.name);
  const parents = new Map<string, string[]>();
  for (const g of inv.groups.values()) for (const c of g.children) parents.set(c.name, [...(parents.get(c.name) ?? []), g.name]);
  const seen = new Set<string>();
  const order: string[] = [];
  const up = (name: string, depth: number) => {
    if (seen.has(name) || depth > 20) return;
    seen.add(name);
    for (const p of parents.get(name) ?? []) up(p, depth + 1);
    order.push(name);
  };
  for (const d of direct) up(d, 0);
  return order.filter((g) => g !== 'all');
}

function varFacts(vars: Map<string, MergedVar>): Fact[] {
  const list = [...vars].map(([name, v]) => ({ id: 'fact.ansible.hostVar', args: { name, value: v.value, from: v.from } }));
  const out: Fact[] = list.slice(0, MAX_LISTED);
  if (list.length > MAX_LISTED) out.push({ id: 'fact.ansible.more', args: { n: String(list.length - MAX_LISTED) } });
  return out;
}

function iniHover(ctx: Ctx, inv: InventoryFile): KbHit | null {
  const line = ctx.position.line;
  const ch = ctx.position.character;
  const r = (s: number, e: number) => ({ start: { line, character: s }, end: { line, character: e } });
  for (const g of inv.groups.values()) {
    for (const s of g.sections) {
      if (s.line !== line) continue;
      const range = r(s.start, s.end);
      if (s.kind === 'hosts') return groupHit(ctx, g.name, range, inv);
      if (s.kind === 'children') return { entryId: 'ansible.inventory.children', range, facts: [childrenFact(g.children.map((c) => c.name))] };
      return { entryId: 'ansible.inventory.vars', range };
    }
    for (const h of g.hosts) {
      if (h.line !== line) continue;
      for (const v of h.vars) if (ch >= v.start && ch <= v.end) return varHit(v.key, r(v.start, v.end));
      if (ch < h.start || ch > h.end) return null;
      const range = r(h.start, h.end);
      if (h.name.includes('[')) return { entryId: 'ansible.inventory.range', range, facts: h.count !== undefined ? [{ id: 'fact.ansible.rangeCount', args: { n: String(h.count) } }] : undefined };
      const inline = new Map(h.vars.map((v) => [v.key, { value: v.value, from: `${ctx.model.path.split('/').pop()}:${v.line + 1}` }]));
      return { entryId: 'ansible.host', range, facts: varFacts(mergedHostVars(ctx, h.name, groupsOfHost(inv, h.name), inline, inv)) };
    }
    for (const c of g.children) if (c.line === line && ch >= c.start && ch <= c.end) return groupHit(ctx, c.name, r(c.start, c.end), inv);
    for (const v of g.vars) if (v.line === line && ch >= v.start && ch <= v.end) return varHit(v.key, r(v.start, v.end));
  }
  return null;
}

function varHit(name: string, range: KbHit['range']): KbHit | null {
  const id = variableEntry(name);
  return id ? { entryId: id, range } : null;
}

/** YAML inventory: `all:` / groups / `hosts:` / `children:` / `vars:` keys, hosts with their variables, `ansible_*` keys. */
function yamlInventoryHover(ctx: Ctx, doc: YamlDocModel, at: PathAt): KbHit | null {
  if (at.role !== 'key') return null;
  const range = toRange(ctx.model.index, at.node as { range?: [number, number, number] });
  if (!range) return null;
  const p = at.path;
  const name = String(p[p.length - 1]);
  const parent = p[p.length - 2];
  if (name === 'hosts' || name === 'children' || name === 'vars') return p.length >= 2 ? { entryId: 'ansible.inventory.yaml', range } : null;
  if (p.length === 1 || parent === 'children') {
    const node = getIn(doc, p);
    const hosts = mapPairs(getValue(node, 'hosts')).map(pairKey).filter((x): x is string => !!x);
    const children = mapPairs(getValue(node, 'children')).map(pairKey).filter((x): x is string => !!x);
    if (name === 'all' || name === 'ungrouped') return { entryId: `ansible.group.${name}`, range };
    const facts: Fact[] = [hostsFact(hosts)];
    if (children.length) facts.push({ id: 'fact.ansible.groupChildren', args: { children: listed(children) } });
    return { entryId: 'ansible.group', range, facts };
  }
  if (parent === 'hosts') {
    const groups = p.filter((x, i) => typeof x === 'string' && (i === 0 || p[i - 1] === 'children')).map(String).filter((g) => g !== 'all');
    const inline = new Map<string, MergedVar>();
    for (const pr of mapPairs(getIn(doc, p))) {
      const k = pairKey(pr);
      if (k) inline.set(k, { value: scalarString(pr.value) ?? '…', from: `${ctx.model.path.split('/').pop()}:${ctx.model.index.positionAt((pr.key as { range: number[] }).range[0]).line + 1}` });
    }
    // group vars written in this very file
    const withOwn = mergedHostVars(ctx, name, groups, new Map());
    for (let i = 0; i < p.length; i++) {
      if (p[i] !== 'hosts') continue;
      for (const pr of mapPairs(getValue(getIn(doc, p.slice(0, i)), 'vars'))) {
        const k = pairKey(pr);
        if (k && !inline.has(k)) withOwn.set(k, { value: scalarString(pr.value) ?? '…', from: `${String(p[i - 1])}.vars` });
      }
    }
    for (const [k, v] of inline) withOwn.set(k, v);
    return { entryId: 'ansible.host', range, facts: varFacts(withOwn) };
  }
  return varHit(name, range);
}

function getIn(doc: YamlDocModel, path: YamlPath): unknown {
  let n: unknown = doc.yaml.doc.contents;
  for (const k of path) n = typeof k === 'string' && isMap(n) ? getValue(n, k) : undefined;
  return n;
}
