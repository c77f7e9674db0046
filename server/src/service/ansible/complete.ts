// Ansible completion: keywords by level (play, role entry, block, task, handler), module names (short first, FQCN
// after), a module's options (required first) and their values (choices, booleans), handler names in `notify`,
// inventory groups and hosts in `hosts:`, role folders in `roles:`, and inside Jinja (`{{ }}`, a bare `when:`)
// variables (defined around the place, magic ones), filters after `|` and tests after `is`.
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionSpec, FeatureContext } from '../provider';
import type { YamlDocModel } from '../kinds/yaml';
import { yamlCompletionContext, type YamlCompletionContext } from '../yaml/completion';
import { snippetCompletions } from '../snippets';
import { isMap, pairKey } from '../yaml';
import { dirOf, resolveIn } from '../common/paths';
import { KEYWORD_LEVELS } from './data/keywords';
import type { KeywordLevel, OptionSpec } from './data/types';
import { allFilters, allModules, allTests, allVariables, findModule, keywordText } from './lookup';
import { INVENTORY_KIND, type InventoryFile, type InventoryUnit } from './inventory';
import { EXPRESSION_KEYS, hasKey, indexedInventory, isTaskList, locate, taskOf } from './scope';
import { definedVariables } from './variables';
import { reachableHandlers } from './handlers';

const KEYWORD = CompletionItemKind.Keyword;
const MODULE = CompletionItemKind.Module;
const PROPERTY = CompletionItemKind.Property;
const VALUE = CompletionItemKind.EnumMember;
const VARIABLE = CompletionItemKind.Variable;
const FUNCTION = CompletionItemKind.Function;
const REFERENCE = CompletionItemKind.Reference;
const FOLDER = CompletionItemKind.Folder;


type Range = CompletionSpec['range'];

export function ansibleComplete(ctx: FeatureContext): CompletionSpec[] {
  if (ctx.model.kind === INVENTORY_KIND) return iniComplete(ctx, (ctx.unit as InventoryUnit).inventory);
  const doc = ctx.unit as YamlDocModel;
  if (doc.format === 'ansible-inventory') return [];
  const before = ctx.model.index.lineText(ctx.position.line).slice(0, ctx.position.character);
  const jinja = jinjaCompletion(ctx, doc, before);
  if (jinja) return jinja;
  if (doc.format !== 'ansible-playbook' && doc.format !== 'ansible-tasks') return [];
  const cc = yamlCompletionContext(doc.yaml.doc, ctx.model.index, ctx.offset, doc.yaml.start);
  if (!cc) return [];
  return [...yamlComplete(ctx, doc, cc), ...snippetsAt(doc, cc, ctx.model.path, before)];
}

/**
 * Snippets: a task where a task list item goes (on a new line of the list, or from the `-` of an item being started),
 * a play's tasks with their handler at a play's keys.
 */
function snippetsAt(doc: YamlDocModel, cc: YamlCompletionContext, filePath: string, before: string): CompletionSpec[] {
  if (cc.role !== 'key') return [];
  if (!cc.inSequenceItem) {
    if (isTaskList(doc, cc.path, filePath)) return snippetCompletions('ansible', 'task', cc.range);
    const where = locate(doc, cc.path, filePath);
    return where?.kind === 'play' && where.rest.length === 0 ? snippetCompletions('ansible', 'play-key', cc.range) : [];
  }
  const item = /^(\s*)(-\s+)([\w.-]*)$/.exec(before);
  if (!item || typeof cc.path[cc.path.length - 1] !== 'number' || !isTaskList(doc, cc.path.slice(0, -1), filePath)) return [];
  const range = { start: { line: cc.range.start.line, character: item[1].length }, end: cc.range.end };
  return snippetCompletions('ansible', 'task', range, { filterPrefix: item[2] });
}

function yamlComplete(ctx: FeatureContext, doc: YamlDocModel, cc: YamlCompletionContext): CompletionSpec[] {
  const where = locate(doc, cc.path, ctx.model.path);
  if (!where) return [];
  const range = cc.range;
  const rest = where.rest;

  if (cc.role === 'key' && cc.inSequenceItem && rest.length === 2 && rest[0] === 'notify' && where.kind === 'task') return handlerNames(ctx, doc, where.play, range);
  if (cc.role === 'key' && cc.inSequenceItem && where.kind === 'role' && rest.length === 0) return [...roleFolders(ctx, range), ...keywords('role', new Set(), range)];

  if (cc.role === 'value') {
    const key = rest[rest.length - 1];
    if (typeof key !== 'string') return [];
    if (where.kind === 'play' && rest.length === 1 && key === 'hosts') return hostNames(ctx, range);
    if (where.kind === 'task' && key === 'notify' && rest.length === 1) return handlerNames(ctx, doc, where.play, range);
    if (where.kind === 'task' && rest.length === 2) {
      const task = taskOf(doc, ctx.model.path, where.item);
      const m = task?.module ? findModule(task.module) : undefined;
      const opt = m && (rest[0] === task!.module || rest[0] === 'args') ? optionOf(m.options, key) : undefined;
      if (opt) return values(opt, range);
    }
    if (rest.length === 1 && keywordText(key)?.type === 'bool') return ['true', 'false'].map((v) => ({ label: v, kind: VALUE, range }));
    return [];
  }

  // Keys.
  if (where.kind === 'play' && rest.length === 0) {
    const out = keywords('play', cc.existingKeys, range);
    if (!cc.existingKeys.size) out.push({ label: 'import_playbook', kind: MODULE, range, insertText: 'import_playbook: $0', snippet: true, entryId: 'ansible.module.ansible.builtin.import_playbook', sortText: '1import_playbook' });
    return out;
  }
  if (where.kind === 'role' && rest.length === 0) return keywords('role', cc.existingKeys, range);
  if (where.kind !== 'task') return [];
  const task = taskOf(doc, ctx.model.path, where.item);
  if (rest.length === 0) {
    if (isMap(where.item) && hasKey(where.item, 'block')) return keywords('block', cc.existingKeys, range);
    const out = keywords('task', cc.existingKeys, range);
    const hasModule = task?.module && task.module !== cc.word && task.modulePair && pairKey(task.modulePair) !== cc.word;
    if (!hasModule && !cc.existingKeys.has('action') && !cc.existingKeys.has('local_action')) out.push(...modules(range, ctx.settings?.ansibleFqcn));
    if (!hasModule && !cc.existingKeys.has('block')) out.push({ label: 'block', kind: KEYWORD, range, insertText: 'block:\n  - $0', snippet: true, entryId: 'ansible.keyword.block', sortText: '0block' });
    return dedupe(out);
  }
  if (rest.length === 1 && typeof rest[0] === 'string' && (rest[0] === 'args' || (task?.module && rest[0] === task.module))) {
    const m = task?.module ? findModule(task.module) : undefined;
    if (!m) return [];
    return options(m.name, m.options, cc.existingKeys, range);
  }
  return [];
}

function dedupe(list: CompletionSpec[]): CompletionSpec[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.label) && !!seen.add(c.label));
}

function keywords(level: KeywordLevel, existing: Set<string>, range: Range): CompletionSpec[] {
  const out: CompletionSpec[] = [];
  for (const [k, levels] of KEYWORD_LEVELS) {
    if (!levels.has(level) || existing.has(k)) continue;
    const type = keywordText(k)?.type;
    // The value's shape from the keyword table: a task list, a mapping, a boolean; roles and vars_files as lists.
    const block = type === 'tasks' || k === 'roles' || k === 'vars_files';
    const map = type === 'dict';
    const bool = type === 'bool';
    const insertText = block ? `${k}:\n  - $0` : map ? `${k}:\n  $0` : bool ? `${k}: \${1|true,false|}` : `${k}: $0`;
    out.push({ label: k, kind: KEYWORD, range, insertText, snippet: true, entryId: `ansible.keyword.${k}`, sortText: `0${k === 'name' ? '0' : '1'}${k}`, retrigger: k === 'notify' || k === 'hosts' });
  }
  return out;
}

/** Every module we know: short names (those that resolve to it) first, then the FQCNs — the other way round with `devopsHints.ansible.fqcn`. */
function modules(range: Range, fqcnFirst = false): CompletionSpec[] {
  const [shortRank, fqcnRank] = fqcnFirst ? ['2', '1'] : ['1', '2'];
  const out: CompletionSpec[] = [];
  for (const m of allModules()) {
    const short = m.name.split('.').pop()!;
    const text = (name: string) => (m.freeForm ? `${name}: $0` : `${name}:\n  $0`);
    if (findModule(short) === m) out.push({ label: short, kind: MODULE, range, insertText: text(short), snippet: true, entryId: `ansible.module.${m.name}`, sortText: `${shortRank}${short}`, retrigger: !m.freeForm });
    out.push({ label: m.name, kind: MODULE, range, insertText: text(m.name), snippet: true, entryId: `ansible.module.${m.name}`, sortText: `${fqcnRank}${m.name}`, filterText: `${m.name} ${short}`, retrigger: !m.freeForm });
  }
  return out;
}

function optionOf(opts: Record<string, OptionSpec>, key: string): OptionSpec | undefined {
  return opts[key] ?? Object.values(opts).find((o) => o.aliases?.includes(key));
}

/** A module's options (not those already written, by name or alias), required first. */
function options(fqcn: string, opts: Record<string, OptionSpec>, existing: Set<string>, range: Range): CompletionSpec[] {
  const out: CompletionSpec[] = [];
  for (const [name, o] of Object.entries(opts)) {
    if (name === 'free_form' || existing.has(name) || o.aliases?.some((a) => existing.has(a))) continue;
    const choices = o.type === 'bool' ? ['true', 'false'] : o.choices?.map(String);
    const insertText = choices?.length ? `${name}: \${1|${choices.join(',')}|}` : o.type === 'dict' ? `${name}:\n  $0` : `${name}: $0`;
    out.push({ label: name, kind: PROPERTY, range, insertText, snippet: true, entryId: `ansible.option.${fqcn}.${name}`, sortText: `${o.required ? 0 : 1}${name}` });
  }
  return out;
}

function values(o: OptionSpec, range: Range): CompletionSpec[] {
  const vals = o.type === 'bool' ? [true, false] : o.choices ?? [];
  return vals.map((v) => ({ label: String(v), kind: VALUE, range, sortText: v === o.default ? `0${String(v)}` : `1${String(v)}`, detail: v === o.default ? 'default' : undefined }));
}

function handlerNames(ctx: FeatureContext, doc: YamlDocModel, play: unknown, range: Range): CompletionSpec[] {
  const seen = new Set<string>();
  const out: CompletionSpec[] = [];
  for (const h of reachableHandlers(ctx.model, doc, play, ctx.fs, ctx.workspace).defs) {
    if (seen.has(h.name)) continue;
    seen.add(h.name);
    out.push({ label: h.name, kind: REFERENCE, range, detail: h.where, entryId: 'ansible.handler' });
  }
  return out;
}

function hostNames(ctx: FeatureContext, range: Range): CompletionSpec[] {
  const out: CompletionSpec[] = [{ label: 'all', kind: VALUE, range, entryId: 'ansible.group.all', sortText: '0all' }];
  const inv = indexedInventory(ctx.workspace);
  const seen = new Set(['all']);
  for (const g of inv?.groups ?? []) {
    if (seen.has(g.name)) continue;
    seen.add(g.name);
    out.push({ label: g.name, kind: VALUE, range, detail: `${g.where} · ${g.hosts.length + g.children.length}`, entryId: g.name === 'ungrouped' ? 'ansible.group.ungrouped' : 'ansible.group', sortText: `1${g.name}` });
  }
  for (const h of inv?.hosts ?? []) {
    if (seen.has(h.name) || h.name.includes('[')) continue;
    seen.add(h.name);
    out.push({ label: h.name, kind: REFERENCE, range, detail: h.where, entryId: 'ansible.host', sortText: `2${h.name}` });
  }
  return out;
}

/** The role folders next to the playbook (`roles/*`). */
function roleFolders(ctx: FeatureContext, range: Range): CompletionSpec[] {
  if (!ctx.fs.available || !ctx.fs.contains(ctx.model.path)) return [];
  const dir = resolveIn(dirOf(ctx.model.path), 'roles');
  return (ctx.fs.readDir(dir) ?? []).filter((e) => e.dir && !e.name.startsWith('.')).map((e) => ({ label: e.name, kind: FOLDER, range, entryId: 'ansible.role', sortText: `0${e.name}` }));
}

// ───────────────────────── Jinja ─────────────────────────

/** Inside `{{ … }}` (or a bare `when:` expression) before the cursor: filters, tests or variables; undefined elsewhere. */
function jinjaCompletion(ctx: FeatureContext, doc: YamlDocModel, before: string): CompletionSpec[] | undefined {
  let expr: string | undefined;
  const open = before.lastIndexOf('{{');
  if (open >= 0 && before.lastIndexOf('}}') < open) expr = before.slice(open + 2);
  else {
    const bare = /^\s*(?:-\s+)?([a-z_]+)\s*:\s+(.*)$/.exec(before);
    if (bare && EXPRESSION_KEYS.has(bare[1]) && !/^["']?\{\{/.test(bare[2]) && !/^[|>]/.test(bare[2])) expr = bare[2].replace(/^["']/, '');
  }
  if (expr === undefined) return undefined;
  const line = ctx.position.line;
  const rangeOf = (word: string) => ({ start: { line, character: ctx.position.character - word.length }, end: { line, character: ctx.position.character } });
  const filter = /\|\s*([\w.]*)$/.exec(expr);
  if (filter) return allFilters().map((f) => ({ label: f.name, kind: FUNCTION, range: rangeOf(filter[1]), entryId: `ansible.filter.${f.name}`, detail: f.signature }));
  const test = /(?:^|[^\w.])is\s+(?:not\s+)?(\w*)$/.exec(expr);
  if (test) return allTests().map((t) => ({ label: t.name, kind: FUNCTION, range: rangeOf(test[1]), entryId: `ansible.test.${t.name}`, detail: t.signature }));
  const word = /(?:^|[^\w.'"\]])([A-Za-z_]\w*|)$/.exec(expr);
  if (!word) return [];
  const range = rangeOf(word[1]);
  const where = (() => {
    const cc = yamlCompletionContext(doc.yaml.doc, ctx.model.index, ctx.model.index.offsetAt({ line, character: before.search(/\S|$/) }), doc.yaml.start);
    return cc ? locate(doc, cc.path, ctx.model.path) : undefined;
  })();
  const play = where?.play ?? playAround(doc, ctx.offset);
  const out: CompletionSpec[] = [];
  const seen = new Set<string>();
  for (const d of definedVariables(ctx.model, doc, ctx.workspace, ctx.fs, play)) {
    if (seen.has(d.name)) continue;
    seen.add(d.name);
    out.push({ label: d.name, kind: VARIABLE, range, detail: d.value !== undefined ? `${d.where} = ${d.value}` : d.where, entryId: 'ansible.variable', sortText: `0${d.name}` });
  }
  for (const v of allVariables()) {
    if (seen.has(v.name) || v.kind === 'fact') continue;
    seen.add(v.name);
    out.push({ label: v.name, kind: VARIABLE, range, entryId: `ansible.var.${v.name}`, sortText: `1${v.name}` });
  }
  for (const name of ['ansible_facts', 'hostvars', 'groups', 'group_names', 'inventory_hostname', 'item']) {
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ label: name, kind: VARIABLE, range, entryId: name === 'ansible_facts' ? 'ansible.facts' : `ansible.var.${name}`, sortText: `1${name}` });
  }
  return out;
}

/** The play (of a playbook) whose range holds the offset. */
function playAround(doc: YamlDocModel, offset: number): unknown {
  if (doc.format !== 'ansible-playbook') return undefined;
  const root = doc.yaml.doc.contents as { items?: { range?: [number, number, number] }[] } | null;
  return root?.items?.find((p) => p?.range && p.range[0] <= offset && offset <= p.range[2]);
}

/**
 * An INI inventory: group names in a `[header]` and under `[group:children]`; connection variables (`ansible_host=` …)
 * after a host name and in a `[group:vars]` section.
 */
function iniComplete(ctx: FeatureContext, inv: InventoryFile): CompletionSpec[] {
  const line = ctx.position.line;
  const text = ctx.model.index.lineText(line);
  const before = text.slice(0, ctx.position.character);
  const word = /[^\s=[\]:]*$/.exec(before)![0];
  const range = { start: { line, character: ctx.position.character - word.length }, end: ctx.position };
  const groups = (exclude?: string) => [...inv.groups.keys(), ...(indexedInventory(ctx.workspace)?.groups ?? []).map((g) => g.name)]
    .filter((g, i, all) => g !== exclude && g !== 'ungrouped' && all.indexOf(g) === i)
    .map((g): CompletionSpec => ({ label: g, kind: REFERENCE, range, entryId: 'ansible.group' }));
  if (/^\s*\[[^\]:]*$/.test(before)) return groups();
  // The section the line is in: the last header above it.
  let section: { group: string; kind: 'hosts' | 'children' | 'vars' } | undefined;
  let best = -1;
  for (const g of inv.groups.values()) {
    for (const s of g.sections) {
      if (s.line < line && s.line > best) {
        best = s.line;
        section = { group: g.name, kind: s.kind };
      }
    }
  }
  if (section?.kind === 'children') return /^\s*\S*$/.test(before) ? groups(section.group) : [];
  const isVarsLine = section?.kind === 'vars' && !before.includes('=');
  const isHostVar = section?.kind !== 'vars' && /^\s*\S+\s+(?:\S+=\S*\s+)*[^\s=]*$/.test(before);
  if (!isVarsLine && !isHostVar) return [];
  return allVariables()
    .filter((v) => v.kind === 'connection')
    .map((v): CompletionSpec => ({ label: v.name, kind: VARIABLE, range, insertText: `${v.name}=`, entryId: `ansible.var.${v.name}`, sortText: `${v.name === 'ansible_host' || v.name === 'ansible_user' || v.name === 'ansible_port' ? 0 : 1}${v.name}` }));
}
