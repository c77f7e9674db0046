// Ansible in the Outline and in the workspace index: plays with their tasks and handlers, task and handler files,
// vars files, inventories (INI and YAML) with their groups and hosts — and the facts other files need (handlers and
// their `listen` topics, plays and their hosts, the variables a vars file defines, inventory groups and hosts).
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import type { DocumentModel, DocumentUnit } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import type { AnsibleFacts, FactsPart, InventoryFacts, SymbolFact } from '../workspace/facts';
import { basename } from '../common/paths';
import { getValue, scalarString, toRange, type YamlNode } from '../yaml';
import { allTasks, ansibleModel, isHandlerFile, roleOf, tasksInContext, yamlInventoryGroups, type AnsiblePlay, type AnsibleTask, type TaskInContext, type YamlInventoryGroup } from './model';
import type { InventoryUnit } from './inventory';
import { hasJinja, notifyRefs, shortModule } from './xref';
import { definedNames, varsFilesOf } from './variables';

/** Values of a vars file kept in its facts: short scalars of its first variables. */
const MAX_VALUES = 100;
const MAX_VALUE_LENGTH = 80;

// LSP SymbolKind numbers.
const KIND = { play: 2, section: 3, task: 12, handler: 24, block: 19, variable: 13, group: 3, host: 13 } as const;

const rangeOf = (model: DocumentModel, node: unknown): Range | undefined => toRange(model.index, node as { range?: [number, number, number] });

function taskSymbol(model: DocumentModel, t: AnsibleTask, handler: boolean): DocumentSymbol | undefined {
  const range = rangeOf(model, t.node);
  if (!range) return undefined;
  const children = t.children.map((c) => taskSymbol(model, c, handler)).filter((s): s is DocumentSymbol => !!s);
  const kind = t.module === undefined ? KIND.block : handler ? KIND.handler : KIND.task;
  const name = t.name ?? (t.module === undefined ? 'block' : t.module);
  return { name, detail: t.name ? t.module : undefined, kind, range, selectionRange: range, children: children.length ? children : undefined };
}

function yamlSymbols(model: DocumentModel, doc: YamlDocModel): DocumentSymbol[] {
  if (doc.format === 'ansible-inventory') return yamlInventoryGroups(doc).map((g) => groupSymbol(model, g)).filter((s): s is DocumentSymbol => !!s);
  const m = ansibleModel(doc, model.path);
  const out: DocumentSymbol[] = [];
  for (const play of m.plays) {
    const range = rangeOf(model, play.node);
    if (!range) continue;
    const children: DocumentSymbol[] = [];
    for (const section of [...play.sections, { key: 'handlers', tasks: play.handlers }]) {
      const tasks = section.tasks.map((t) => taskSymbol(model, t, section.key === 'handlers')).filter((s): s is DocumentSymbol => !!s);
      if (!tasks.length) continue;
      children.push({ name: section.key, kind: KIND.section, range: { start: tasks[0].range.start, end: tasks[tasks.length - 1].range.end }, selectionRange: tasks[0].selectionRange, children: tasks });
    }
    const name = play.name ?? (play.imports ? `import_playbook ${play.imports}` : `hosts: ${play.hosts ?? '?'}`);
    out.push({ name, detail: play.name && play.hosts ? `hosts: ${play.hosts}` : undefined, kind: KIND.play, range, selectionRange: range, children });
  }
  const handlers = isHandlerFile(model);
  for (const t of m.tasks) {
    const s = taskSymbol(model, t, handlers);
    if (s) out.push(s);
  }
  for (const v of m.vars) {
    const r = rangeOf(model, v.node);
    if (r) out.push({ name: v.name, kind: KIND.variable, range: r, selectionRange: r });
  }
  for (const d of m.dependencies) {
    const r = rangeOf(model, d.node);
    if (r) out.push({ name: d.name, detail: 'dependency', kind: KIND.play, range: r, selectionRange: r });
  }
  return out;
}

function groupSymbol(model: DocumentModel, g: YamlInventoryGroup): DocumentSymbol | undefined {
  const r = rangeOf(model, g.node);
  if (!r) return undefined;
  const hosts = g.hosts.map((h) => ({ h, r: rangeOf(model, h.node) })).filter((x): x is { h: { name: string; node: YamlNode }; r: Range } => !!x.r);
  const children = [...hosts.map(({ h, r: hr }) => ({ name: h.name, kind: KIND.host, range: hr, selectionRange: hr }) as DocumentSymbol), ...g.children.map((c) => groupSymbol(model, c)).filter((s): s is DocumentSymbol => !!s)];
  return { name: g.name, kind: KIND.group, range: r, selectionRange: r, children };
}

function line(_model: DocumentModel, l: number, start: number, end: number): Range {
  return { start: { line: l, character: start }, end: { line: l, character: end } };
}

function iniSymbols(model: DocumentModel, unit: InventoryUnit): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const g of unit.inventory.groups.values()) {
    const head = g.sections[0];
    const items = [...g.hosts.map((h) => ({ name: h.name, kind: KIND.host, r: line(model, h.line, h.start, h.end), detail: h.vars.map((v) => `${v.key}=${v.value}`).join(' ') || undefined })), ...g.children.map((c) => ({ name: c.name, kind: KIND.group, r: line(model, c.line, c.start, c.end), detail: 'children' })), ...g.vars.map((v) => ({ name: v.key, kind: KIND.variable, r: line(model, v.line, v.start, v.end), detail: v.value }))];
    const selection = head ? line(model, head.line, head.start, head.end) : items[0]?.r;
    if (!selection) continue;
    const children = items.map((i): DocumentSymbol => ({ name: i.name, kind: i.kind, detail: i.detail, range: i.r, selectionRange: i.r }));
    const lastLine = Math.max(selection.end.line, ...items.map((i) => i.r.end.line), ...g.sections.map((s) => s.line));
    out.push({ name: g.name, kind: KIND.group, range: { start: selection.start, end: { line: lastLine, character: model.index.lineText(lastLine).length } }, selectionRange: selection, children });
  }
  return out;
}

export function ansibleSymbols(model: DocumentModel, unit: DocumentUnit): DocumentSymbol[] {
  return model.kind === 'inventory' ? iniSymbols(model, unit as InventoryUnit) : yamlSymbols(model, unit as YamlDocModel);
}

export function ansibleFacts(model: DocumentModel, units: DocumentUnit[]): FactsPart {
  const file = basename(model.path);
  const symbols: SymbolFact[] = [];
  if (model.kind === 'inventory') {
    const inv: InventoryFacts = { groups: [], hosts: [] };
    const vars = new Set<string>();
    for (const u of units as InventoryUnit[]) {
      for (const g of u.inventory.groups.values()) {
        for (const v of [...g.vars, ...g.hosts.flatMap((h) => h.vars)]) vars.add(v.key);
        const head = g.sections[0];
        const range = head ? line(model, head.line, head.start, head.end) : g.hosts[0] ? line(model, g.hosts[0].line, g.hosts[0].start, g.hosts[0].end) : undefined;
        if (!range) continue;
        inv.groups.push({ name: g.name, hosts: g.hosts.map((h) => h.name), children: g.children.map((c) => c.name), range });
        if (head) symbols.push({ name: `group ${g.name}`, kind: KIND.group, range, container: file });
        for (const h of g.hosts) {
          const r = line(model, h.line, h.start, h.end);
          inv.hosts.push({ name: h.name, range: r });
          symbols.push({ name: `host ${h.name}`, kind: KIND.host, range: r, container: `${g.name} · ${file}` });
        }
      }
    }
    if (vars.size) inv.vars = [...vars].sort();
    return { inventory: inv, symbols };
  }
  const facts: AnsibleFacts = { plays: [], handlers: [], tasks: [], vars: [] };
  const role = roleOf(model.path);
  if (role) facts.role = role;
  const inventory: InventoryFacts = { groups: [], hosts: [] };
  const handlerFile = isHandlerFile(model);
  const inventoryVars = new Set<string>();
  const notifies = new Set<string>();
  const defines = new Set<string>();
  const varsFiles = new Set<string>();
  const addTask = (t: AnsibleTask, handlers: boolean, container: string) => {
    const range = rangeOf(model, t.node);
    if (range && t.name) {
      if (handlers) {
        facts.handlers.push({ name: t.name, listen: t.listen, range });
        symbols.push({ name: `handler ${t.name}`, kind: KIND.handler, range, container });
      } else facts.tasks.push({ name: t.name, range });
    } else if (range && handlers && t.listen.length) facts.handlers.push({ name: '', listen: t.listen, range });
  };
  for (const doc of units as YamlDocModel[]) {
    if (doc.format === 'ansible-inventory') {
      const walk = (groups: YamlInventoryGroup[]) => {
        for (const g of groups) {
          const range = rangeOf(model, g.node);
          if (!range) continue;
          inventory.groups.push({ name: g.name, hosts: g.hosts.map((h) => h.name), children: g.children.map((c) => c.name), range });
          for (const v of g.vars) inventoryVars.add(v);
          symbols.push({ name: `group ${g.name}`, kind: KIND.group, range, container: file });
          for (const h of g.hosts) {
            const r = rangeOf(model, h.node);
            if (r) inventory.hosts.push({ name: h.name, range: r });
          }
          walk(g.children);
        }
      };
      walk(yamlInventoryGroups(doc));
      continue;
    }
    const m = ansibleModel(doc, model.path);
    const byPlay = new Map<AnsiblePlay | undefined, TaskInContext[]>();
    for (const c of tasksInContext(m)) {
      const list = byPlay.get(c.play);
      if (list) list.push(c);
      else byPlay.set(c.play, [c]);
    }
    for (const play of m.plays) {
      const range = rangeOf(model, play.node);
      if (!range) continue;
      facts.plays.push({ name: play.name, hosts: play.hosts, range });
      if (play.name) symbols.push({ name: `play ${play.name}`, kind: KIND.play, range, container: file });
      // A play's handlers section holds handlers (its blocks included).
      for (const c of byPlay.get(play) ?? []) addTask(c.task, c.handler, play.name ?? file);
    }
    // In a task file, every item of a handlers file is a handler.
    for (const c of byPlay.get(undefined) ?? []) addTask(c.task, handlerFile, role ? `role ${role.name}` : file);
    facts.vars.push(...m.vars.map((v) => v.name));
    for (const v of m.vars.slice(0, MAX_VALUES)) {
      const s = scalarString(getValue(doc.yaml.doc.contents, v.name));
      if (s !== undefined && s.length <= MAX_VALUE_LENGTH) (facts.values ??= {})[v.name] = s;
    }
    const all = allTasks(m);
    for (const t of all) {
      for (const n of notifyRefs(t)) {
        if (hasJinja(n.name)) facts.dynamicNotify = true;
        else notifies.add(n.name);
      }
      const mod = shortModule(t.module);
      if (mod === 'add_host' || mod === 'group_by') facts.addsHosts = true;
    }
    for (const d of definedNames(model, m)) defines.add(d);
    for (const v of varsFilesOf(model, m)) varsFiles.add(v);
  }
  if (notifies.size) facts.notifies = [...notifies].sort();
  if (defines.size) facts.defines = [...defines].sort();
  if (varsFiles.size) facts.varsFiles = [...varsFiles].sort();
  if (inventoryVars.size) inventory.vars = [...inventoryVars].sort();
  return inventory.groups.length ? { ansible: facts, inventory, symbols } : { ansible: facts, symbols };
}
