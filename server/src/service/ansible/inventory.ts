// The INI inventory file kind (`inventory/…`, `*.inv`, `hosts`): groups, `:children`, `:vars`, hosts with their
// `key=value` variables and host ranges (`web[01:10].example.com`), read line by line. Ranges are counted, never
// expanded (`host[1:10000000]` costs nothing).
import type { DocumentModel, DocumentUnit, FileKindParser } from '../model';
import { isInventoryPath } from '../classify';

export interface InventoryVar {
  key: string;
  value: string;
  line: number;
  /** Columns of the `key` on its line. */
  start: number;
  end: number;
}

export interface InventoryHost {
  /** As written: a name or a pattern with ranges. */
  name: string;
  line: number;
  start: number;
  end: number;
  /** How many hosts the pattern stands for (1 without ranges; undefined for a range that cannot be read). */
  count?: number;
  vars: InventoryVar[];
}

export interface InventoryGroupRef {
  name: string;
  line: number;
  start: number;
  end: number;
}

export interface InventoryGroup {
  name: string;
  /** The header lines that open this group's sections (`[web]`, `[web:children]`, `[web:vars]`), 0-based. */
  sections: { kind: 'hosts' | 'children' | 'vars'; line: number; start: number; end: number }[];
  hosts: InventoryHost[];
  children: InventoryGroupRef[];
  vars: InventoryVar[];
}

export interface InventoryFile {
  groups: Map<string, InventoryGroup>;
  /** Lines that could not be read (an unclosed `[`, a section kind Ansible does not know). */
  problems: { line: number; start: number; end: number; what: 'section' | 'range' }[];
}

export interface InventoryUnit extends DocumentUnit {
  format: 'ansible-inventory';
  inventory: InventoryFile;
}

export const INVENTORY_KIND = 'inventory';

export function inventoryOf(model: DocumentModel): InventoryFile | undefined {
  return model.kind === INVENTORY_KIND && !model.skipped ? (model.units[0] as InventoryUnit | undefined)?.inventory : undefined;
}

/** How many hosts a pattern with `[a:b]` / `[a:b:step]` ranges stands for; undefined when a range is malformed. */
export function hostCount(pattern: string): number | undefined {
  if (!pattern.includes('[') && !pattern.includes(']')) return 1;
  let count = 1;
  for (const m of pattern.matchAll(/\[([^\]]*)\]/g)) {
    const r = /^([0-9]+|[a-z]+|[A-Z]+):([0-9]+|[a-z]+|[A-Z]+)(?::([0-9]+))?$/.exec(m[1]);
    if (!r) return undefined;
    const num = /^\d/.test(r[1]);
    if (num !== /^\d/.test(r[2])) return undefined;
    const from = num ? Number(r[1]) : r[1].length === 1 ? r[1].charCodeAt(0) : NaN;
    const to = num ? Number(r[2]) : r[2].length === 1 ? r[2].charCodeAt(0) : NaN;
    const step = r[3] === undefined ? 1 : Number(r[3]);
    if (!Number.isFinite(from) || !Number.isFinite(to) || to < from || step < 1) return undefined;
    count *= Math.floor((to - from) / step) + 1;
  }
  if (/[[\]]/.test(pattern.replace(/\[[^\]]*\]/g, ''))) return undefined;
  return count;
}

/** `key=value key2="a b"` after a host name: the variables, with the columns of each key. */
const VAR = /([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;

function readVars(line: string, from: number, lineNo: number): InventoryVar[] {
  const out: InventoryVar[] = [];
  if (line.indexOf('=', from) < 0) return out;
  // A `#` starts a comment (the variables before it count).
  const hash = line.indexOf('#', from);
  const re = VAR;
  re.lastIndex = from;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (hash >= 0 && hash < m.index) break;
    const raw = m[2];
    const value = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
    out.push({ key: m[1], value, line: lineNo, start: m.index, end: m.index + m[1].length });
  }
  return out;
}

export function parseInventory(text: string): InventoryFile {
  const groups = new Map<string, InventoryGroup>();
  const problems: InventoryFile['problems'] = [];
  const group = (name: string): InventoryGroup => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, sections: [], hosts: [], children: [], vars: [] }));
    return g;
  };
  let current: { group: InventoryGroup; kind: 'hosts' | 'children' | 'vars' } | undefined;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const indent = line.length - line.trimStart().length;
    if (trimmed.startsWith('[')) {
      const m = /^\[([^\]\s:]+)(?::([^\]\s]+))?\]\s*(?:[#;].*)?$/.exec(trimmed);
      const kind = m ? (m[2] === undefined ? 'hosts' : m[2]) : undefined;
      if (!m || (kind !== 'hosts' && kind !== 'children' && kind !== 'vars')) {
        problems.push({ line: i, start: indent, end: line.length, what: 'section' });
        current = undefined;
        continue;
      }
      const g = group(m[1]);
      g.sections.push({ kind, line: i, start: indent + 1, end: indent + 1 + m[1].length });
      current = { group: g, kind };
      continue;
    }
    const target = current ?? { group: group('ungrouped'), kind: 'hosts' as const };
    const word = /^\S+/.exec(trimmed)![0];
    const start = indent;
    const end = indent + word.length;
    if (target.kind === 'children') {
      target.group.children.push({ name: word, line: i, start, end });
    } else if (target.kind === 'vars') {
      const eq = trimmed.indexOf('=');
      const key = (eq < 0 ? trimmed : trimmed.slice(0, eq)).trim();
      target.group.vars.push({ key, value: eq < 0 ? '' : trimmed.slice(eq + 1).trim(), line: i, start, end: start + key.length });
    } else {
      const count = hostCount(word);
      if (count === undefined) problems.push({ line: i, start, end, what: 'range' });
      target.group.hosts.push({ name: word, line: i, start, end, count, vars: readVars(line, end, i) });
    }
  }
  return { groups, problems };
}

export const inventoryKind: FileKindParser<InventoryUnit, { line: number }> = {
  kind: INVENTORY_KIND,
  claims: (path) => isInventoryPath(path),
  parse({ text }) {
    return { units: [{ format: 'ansible-inventory', start: 0, end: text.length, inventory: parseInventory(text) }] };
  },
  cursor: (model, _unit, offset) => ({ line: model.index.positionAt(offset).line }),
};
