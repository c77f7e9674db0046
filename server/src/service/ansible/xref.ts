// What a task refers to in other places, read once from the model: the handlers it notifies, the module's arguments
// (a map or the `key=value` free form), the files it includes or reads, the roles a play uses. The handler and
// cross-file rules (ANS050–ANS069), the index facts (navigation.ts) and the hovers read these, never raw YAML.
import type { DocumentModel } from '../model';
import { getValue, isMap, isScalar, isSeq, mapPairs, pairKey, scalarString, seqItems, toRange, type YamlNode } from '../yaml';
import type { Range } from 'vscode-languageserver-types';
import type { AnsiblePlay, AnsibleTask } from './model';
import { findModule } from './lookup';

/** Jinja in a value: `{{ … }}` or `{% … %}` (such a name or path is only known at run time). */
export const hasJinja = (s: string): boolean => s.includes('{{') || s.includes('{%');

/** `ansible.builtin.copy` / `ansible.legacy.copy` → `copy`; other names as they are (a builtin's short name). */
export function shortModule(name: string | undefined): string | undefined {
  return name?.replace(/^ansible\.(?:builtin|legacy)\./, '');
}

/** `ansible.builtin.apt`, `ansible.legacy.apt`, `apt` → `apt`; a collection module by its table entry, else the last segment. */
export function leafModule(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const spec = findModule(name);
  return (spec?.name ?? name).split('.').pop();
}

/** Is the task's module one of these builtin short names, written short or as `ansible.builtin.`/`ansible.legacy.` (or a known builtin FQCN)? */
export function moduleIs(task: AnsibleTask, names: readonly string[]): boolean {
  const m = task.module;
  if (!m || !task.modulePair) return false;
  const short = m.includes('.') ? (/^ansible\.(builtin|legacy)\./.test(m) ? m.split('.').pop()! : findModule(m)?.name.startsWith('ansible.builtin.') ? m.split('.').pop()! : undefined) : m;
  return !!short && names.includes(short);
}

export interface NameRef {
  name: string;
  node: YamlNode;
  /** The exact span of the name inside a `key=value` string, when known. */
  span?: [number, number];
}

function scalarRefs(value: unknown): NameRef[] {
  const items = isSeq(value) ? seqItems(value) : [value];
  const out: NameRef[] = [];
  for (const i of items) {
    const s = scalarString(i);
    if (s !== undefined && isScalar(i)) out.push({ name: s, node: i as YamlNode });
  }
  return out;
}

/** The handler names and topics a task's `notify` names (a string or a list). */
export function notifyRefs(t: AnsibleTask): NameRef[] {
  return scalarRefs(getValue(t.node, 'notify'));
}

/** What a handler answers to: its name and its `listen` topics. */
export function handlerKeys(t: AnsibleTask): string[] {
  return t.name ? [t.name, ...t.listen] : [...t.listen];
}

/** A notify name as Ansible matches it: `role : handler` also matches the handler of that name. */
export function notifyForms(name: string): string[] {
  const i = name.indexOf(' : ');
  return i > 0 ? [name, name.slice(i + 3).trim()] : [name];
}

/** Free-form strings longer than this are not split (a hostile file stays cheap). */
export const MAX_TEXT = 8_000;

/** `key=value` words of a free-form string (quotes and templates kept together, as Ansible's splitter does); `raw` gets the rest. */
export function splitKeyValues(s: string): { kv: { key: string; value: string; start: number; end: number }[]; raw: string[] } {
  const kv: { key: string; value: string; start: number; end: number }[] = [];
  const raw: string[] = [];
  if (s.length > MAX_TEXT) return { kv, raw: [s] };
  // A word: templates (`{{ a | b }}`, spaces inside kept), quoted strings and other non-space characters.
  const re = /(?:\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|"(?:[^"\\]|\\.)*"|'[^']*'|[^\s"'{]|\{(?![{%]))+/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(s)) && guard++ < 1000) {
    const word = m[0];
    const kvm = /^([A-Za-z_][\w-]*)=(.*)$/s.exec(word);
    if (kvm) kv.push({ key: kvm[1], value: unquote(kvm[2]), start: m.index, end: m.index + word.length });
    else raw.push(word);
  }
  return { kv, raw };
}

const unquote = (s: string) => (/^"(.*)"$/s.test(s) ? s.slice(1, -1).replace(/\\(.)/g, '$1') : /^'(.*)'$/s.test(s) ? s.slice(1, -1) : s);

/** One argument a task passes to its module. */
export interface ModuleArg {
  key: string;
  /** The value as text: a scalar's string, a `key=value` word's value (quotes taken off); undefined for a map, list or null. */
  value?: string;
  /** The value node (the key node when there is none: `{ force }`); for a `key=value` word, the whole string scalar. */
  node: YamlNode;
  /** The key node of a mapping entry. */
  keyNode?: YamlNode;
  /** Where it is written: under the module key (`map`), as a `key=value` word (`free`), or under `args:`. */
  from: 'map' | 'free' | 'args';
  /** A `key=value` word's value and key: their offsets in the file, when they can be placed. */
  span?: [number, number];
  keySpan?: [number, number];
}

/**
 * The `key=value` words of a string scalar (a module's free form, `action: apt name=git`), with `_raw` for the words
 * before the first of them (`script: setup.sh --x`, `include_tasks: other.yml`). Offsets are placed in the file when
 * the written source splits into the same keys (plain, quoted, folded or escaped strings alike).
 */
export function freeFormArgs(model: DocumentModel, node: unknown): ModuleArg[] {
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const s = node.value;
  const { kv } = splitKeyValues(s);
  const r = (node as { range?: [number, number, number] }).range;
  const src = r ? model.text.slice(r[0], r[1]) : undefined;
  // Positions: the value itself when it is the source (plain) or the source inside one pair of quotes; else the
  // source's own words when they are the same keys in the same order.
  let pos: { kv: { start: number; end: number }[]; base: number; text: string } | undefined;
  if (r && src === s) pos = { kv, base: r[0], text: s };
  else if (r && src && src.length === s.length + 2 && src.slice(1, -1) === s) pos = { kv, base: r[0] + 1, text: s };
  else if (r && src) {
    const body = /^["']/.test(src) ? src.slice(1, -1) : src;
    const alt = splitKeyValues(body).kv;
    if (alt.length === kv.length && alt.every((w, i) => w.key === kv[i].key)) pos = { kv: alt, base: r[0] + (body === src ? 0 : 1), text: body };
  }
  const out: ModuleArg[] = [];
  const raw = (kv.length ? s.slice(0, kv[0].start) : s).trim();
  if (raw) {
    const posRaw = pos ? (pos.kv.length ? pos.text.slice(0, pos.kv[0].start) : pos.text) : undefined;
    const lead = posRaw === undefined ? -1 : posRaw.length - posRaw.trimStart().length;
    const span: [number, number] | undefined = pos && posRaw!.trim() === raw ? [pos.base + lead, pos.base + lead + raw.length] : undefined;
    out.push({ key: '_raw', value: raw, node: node as YamlNode, from: 'free', span });
  }
  kv.forEach((w, i) => {
    const p = pos?.kv[i];
    out.push({
      key: w.key,
      value: w.value,
      node: node as YamlNode,
      from: 'free',
      keySpan: p ? [pos!.base + p.start, pos!.base + p.start + w.key.length] : undefined,
      span: p ? [pos!.base + p.start + w.key.length + 1, pos!.base + p.end] : undefined,
    });
  });
  return out;
}

const argLists = new WeakMap<AnsibleTask, ModuleArg[]>();

/**
 * Every argument a task passes to its module, in order and with repeats: the mapping under the module key or the
 * `key=value` words of its string (see freeFormArgs), then `args:`. The one reading of module arguments: the structure
 * pass, the practice and cross-file rules, the hovers.
 */
export function moduleArgList(model: DocumentModel, t: AnsibleTask): ModuleArg[] {
  const hit = argLists.get(t);
  if (hit) return hit;
  const out: ModuleArg[] = [];
  const addMap = (m: unknown, from: 'map' | 'args') => {
    for (const p of mapPairs(m)) {
      const k = pairKey(p);
      if (k === null || !p.key || typeof p.key !== 'object') continue;
      const node = (p.value && typeof p.value === 'object' ? p.value : p.key) as YamlNode;
      out.push({ key: k, value: scalarString(p.value), node, keyNode: p.key as YamlNode, from });
    }
  };
  const value = t.modulePair?.value;
  if (isMap(value)) addMap(value, 'map');
  else out.push(...freeFormArgs(model, value));
  addMap(getValue(t.node, 'args'), 'args');
  argLists.set(t, out);
  return out;
}

/** The arguments by name; the first one written wins (the module's own before `args:`, as Ansible merges them). */
export function moduleArgs(model: DocumentModel, t: AnsibleTask): Map<string, ModuleArg> {
  const out = new Map<string, ModuleArg>();
  for (const a of moduleArgList(model, t)) if (!out.has(a.key)) out.set(a.key, a);
  return out;
}

/** The `key=value` word of an argument (key through value) in the file, when it can be placed. */
export const wordSpan = (a: ModuleArg): [number, number] | undefined => (a.keySpan && a.span ? [a.keySpan[0], a.span[1]] : undefined);

/** The range of an argument's value or a name (its exact span in a `key=value` string when known). */
export function argRange(model: DocumentModel, a: { node: YamlNode; span?: [number, number] }): Range | undefined {
  if (a.span) return { start: model.index.positionAt(a.span[0]), end: model.index.positionAt(a.span[1]) };
  return toRange(model.index, a.node as { range?: [number, number, number] });
}

/** Short path for facts: the last two segments (`group_vars/all.yml`, `handlers/main.yml`). */
export const shortPath = (p: string): string => p.split('/').slice(-2).join('/');

/** The 1-based line a node starts on (0 when it has no range). */
export function lineOf(model: DocumentModel, node: unknown): number {
  const r = (node as { range?: [number, number, number] } | undefined)?.range;
  return r ? model.index.positionAt(r[0]).line + 1 : 0;
}

/** The range of a node. */
export function rangeOfNode(model: DocumentModel, node: unknown): Range | undefined {
  return toRange(model.index, node as { range?: [number, number, number] });
}

/** A YAML truthy value as Ansible reads it (`yes`, `true`, `True`, `1`, `on`). */
export function truthy(v: unknown): boolean {
  const s = typeof v === 'boolean' ? String(v) : typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';
  return /^(?:yes|true|on|1|y)$/i.test(s.trim());
}

/** The roles a play names (`roles:` entries: a name, `role:` or `name:`), with their nodes. */
export function playRoleRefs(play: AnsiblePlay): NameRef[] {
  const out: NameRef[] = [];
  for (const r of seqItems(getValue(play.node, 'roles'))) {
    if (isScalar(r)) out.push(...scalarRefs(r));
    else for (const k of ['role', 'name']) {
      const v = getValue(r, k);
      if (isScalar(v)) {
        out.push(...scalarRefs(v));
        break;
      }
    }
  }
  return out;
}

const ROLE_MODULES = new Set(['include_role', 'import_role']);

/** `include_role` / `import_role` tasks: the role they name (`name:`), with its node. */
export function taskRoleRefs(model: DocumentModel, tasks: readonly AnsibleTask[]): NameRef[] {
  const out: NameRef[] = [];
  for (const t of tasks) {
    if (!ROLE_MODULES.has(shortModule(t.module) ?? '')) continue;
    const a = moduleArgs(model, t).get('name');
    if (a?.value !== undefined) out.push({ name: a.value, node: a.node, span: a.span });
  }
  return out;
}
