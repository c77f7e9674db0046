// What the linter-style practice rules (ANS020–ANS049) share besides the model's task walk (model.ts tasksOf) and the
// module helpers of xref.ts (moduleArgs, moduleIs, leafModule): the command line of a `command`/`shell` task, and
// small Jinja helpers (expressions, filters, stripping templates and quoted strings), ranges and YAML strings.
import type { Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../../model';
import { getPair, getValue, isScalar, isSeq, nodeRange, scalarString, seqItems, toRange, type YamlNode, type YamlPair } from '../../yaml';
import type { AnsibleTask } from '../model';
import { MAX_TEXT } from '../xref';

/** Strings longer than this are not searched for templates or words (a hostile file stays cheap). */
export { MAX_TEXT };

/** The command line a `command`/`shell`/`raw` task runs: the free-form string, `cmd`, or `argv` joined; with its node. */
export function commandLine(task: AnsibleTask): { text: string; node?: unknown } | undefined {
  const v = task.modulePair?.value;
  if (isScalar(v) && typeof v.value === 'string') return { text: v.value, node: v };
  for (const map of [v, getValue(task.node, 'args')]) {
    const cmd = getValue(map, 'cmd');
    if (isScalar(cmd) && typeof cmd.value === 'string') return { text: cmd.value, node: cmd };
    const argv = getValue(map, 'argv');
    if (isSeq(argv)) return { text: seqItems(argv).map((i) => scalarString(i) ?? '').join(' '), node: argv };
  }
  return undefined;
}

/** `{{ … }}`, `{% … %}` and `{# … #}` replaced by a neutral word (what a template leaves for the shell). */
export const stripJinja = (s: string): string => s.slice(0, MAX_TEXT).replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, 'X');

/** Quoted shell strings removed ('…' and "…"): what the shell reads as text, not as operators. */
export const stripShellQuotes = (s: string): string => s.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, 'Q');

/** The Jinja expressions of a templated string (`{{ … }}` contents), with their offsets in the string. */
export function jinjaExpressions(s: string): { expr: string; start: number; end: number }[] {
  if (s.length > MAX_TEXT) return [];
  const out: { expr: string; start: number; end: number }[] = [];
  const re = /\{\{([\s\S]*?)\}\}/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(s)) && guard++ < 1000) out.push({ expr: m[1], start: m.index + 2, end: m.index + 2 + m[1].length });
  return out;
}

/** The filters an expression applies (`x | default('a') | map(attribute='b')` → default, map), string literals skipped. */
export function filtersIn(expr: string): { name: string; start: number; end: number }[] {
  // Blank out string literals, keeping offsets.
  const blank = expr.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, (q) => ' '.repeat(q.length));
  const out: { name: string; start: number; end: number }[] = [];
  const re = /(?<!\|)\|(?!\|)\s*([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(blank)) && guard++ < 1000) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ name: m[1], start, end: start + m[1].length });
  }
  return out;
}

/** Where text of a scalar's value sits in the file: the scalar's own source when it is plain or quoted on one line. */
export function valueOffset(model: DocumentModel, node: unknown, valueIndex: number): number | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const r = nodeRange(node as { range?: [number, number, number] });
  if (!r) return undefined;
  const src = model.text.slice(r[0], r[1]);
  if (src === node.value) return r[0] + valueIndex;
  if (src.length === node.value.length + 2 && src.slice(1, -1) === node.value) return r[0] + 1 + valueIndex;
  return undefined;
}

/** The range of a part of a scalar's value, or the whole scalar when the part cannot be placed (escapes, folding). */
export function partRange(model: DocumentModel, node: unknown, start: number, end: number): Range | undefined {
  const a = valueOffset(model, node, start);
  const b = valueOffset(model, node, end);
  if (a !== undefined && b !== undefined) return model.index.range(a, b);
  return toRange(model.index, node as { range?: [number, number, number] });
}

export const rangeOf = (model: DocumentModel, node: unknown): Range | undefined => toRange(model.index, node as { range?: [number, number, number] });

/** The key node of a task's pair, for ranges. */
export const pairOf = (task: AnsibleTask, key: string): YamlPair | undefined => getPair(task.node, key);

/** The scalar values of a Jinja keyword (`when`, `changed_when` …): a string, or the strings of a list. */
export function conditionScalars(value: unknown): YamlNode[] {
  if (isScalar(value)) return [value as YamlNode];
  return seqItems(value).filter((i) => isScalar(i)) as YamlNode[];
}

/** The source text of a node (what was written, quotes included). */
export function sourceOf(model: DocumentModel, node: unknown): string | undefined {
  const r = nodeRange(node as { range?: [number, number, number] });
  return r ? model.text.slice(r[0], r[1]) : undefined;
}

/** A string for a YAML value: plain when that reads back as the same string, else double-quoted. */
export function yamlString(s: string): string {
  const plainOk = /^[A-Za-z0-9_./@+(-][^#{}]*$/.test(s) && !/:(\s|$)/.test(s) && !/\s$/.test(s) && !/^(?:y|n|yes|no|on|off|true|false|null|~)$/i.test(s) && !/^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) && !/^0[0-7]+$/.test(s) && !/^-\s/.test(s) && !/^\d+(:\d+)+$/.test(s);
  return plainOk ? s : JSON.stringify(s);
}

/** The column at which a node starts on its line. */
export function columnOf(model: DocumentModel, offset: number): number {
  return offset - model.index.lineStart(model.index.positionAt(offset).line);
}

/** Python's reserved words (a variable named like one cannot be used in Jinja expressions). */
export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);
