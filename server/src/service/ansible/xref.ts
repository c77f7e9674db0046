// What a task refers to in other places, read once from the model: the handlers it notifies, the module's arguments
// (a map or the `key=value` free form), the files it includes or reads, the roles a play uses. The handler and
// cross-file rules (ANS050–ANS069), the index facts (navigation.ts) and the hovers read these, never raw YAML.
import type { DocumentModel } from '../model';
import { getValue, isMap, isScalar, isSeq, mapPairs, pairKey, scalarString, scalarValue, seqItems, toRange, type YamlNode } from '../yaml';
import type { Range } from 'vscode-languageserver-types';
import type { AnsiblePlay, AnsibleTask } from './model';

/** Jinja in a value: `{{ … }}` or `{% … %}` (such a name or path is only known at run time). */
export const hasJinja = (s: string): boolean => s.includes('{{') || s.includes('{%');

/** `ansible.builtin.copy` / `ansible.legacy.copy` → `copy`; other names as they are. */
export function shortModule(name: string | undefined): string | undefined {
  return name?.replace(/^ansible\.(?:builtin|legacy)\./, '');
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

export interface ModuleArg {
  value?: string;
  node: YamlNode;
  /** The exact span of the value when it is known (inside a `key=value` string), else the node's. */
  span?: [number, number];
}

const KV = /(?:^|\s)([A-Za-z_][\w]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S+)/g;

/**
 * The arguments of the task's module by name: the pairs of its map, the `key=value` words of its free form (with
 * `_raw` for the words before them: `script: setup.sh --x`, `include_tasks: other.yml`), and `args:`.
 */
export function moduleArgs(model: DocumentModel, t: AnsibleTask): Map<string, ModuleArg> {
  const out = new Map<string, ModuleArg>();
  const value = t.modulePair?.value;
  const addMap = (m: unknown) => {
    for (const p of mapPairs(m)) {
      const k = pairKey(p);
      if (k !== null && p.value && typeof p.value === 'object') out.set(k, { value: scalarString(p.value), node: p.value as YamlNode });
    }
  };
  if (isMap(value)) addMap(value);
  else if (isScalar(value) && typeof scalarValue(value) === 'string') {
    const s = scalarString(value)!;
    const r = (value as { range?: [number, number, number] }).range;
    // Offsets inside the text are exact only when the source is the value as written (a plain one-line scalar).
    const exact = r && model.text.slice(r[0], r[1]) === s ? r[0] : undefined;
    const first = s.search(KV);
    const raw = (first < 0 ? s : s.slice(0, first)).trim();
    if (raw) {
      const lead = s.length - s.trimStart().length;
      out.set('_raw', { value: raw, node: value as YamlNode, span: exact !== undefined ? [exact + lead, exact + lead + raw.length] : undefined });
    }
    KV.lastIndex = 0;
    for (let m = KV.exec(s); m; m = KV.exec(s)) {
      const v = /^["']/.test(m[2]) ? m[2].slice(1, -1) : m[2];
      const at = m.index + m[0].length - m[2].length;
      out.set(m[1], { value: v, node: value as YamlNode, span: exact !== undefined ? [exact + at, exact + at + m[2].length] : undefined });
    }
  }
  addMap(getValue(t.node, 'args'));
  return out;
}

/** The range of an argument's value or a name (its exact span in a `key=value` string when known). */
export function argRange(model: DocumentModel, a: { node: YamlNode; span?: [number, number] }): Range | undefined {
  if (a.span) return { start: model.index.positionAt(a.span[0]), end: model.index.positionAt(a.span[1]) };
  return toRange(model.index, a.node as { range?: [number, number, number] });
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
