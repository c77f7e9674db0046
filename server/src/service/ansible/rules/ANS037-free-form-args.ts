import type { YamlCheck } from '../../kinds/yaml';
import type { DocumentModel } from '../../model';
import type { Fix } from '../../types';
import type { AnsibleTask } from '../model';
import { isScalar, nodeRange } from '../../yaml';
import { findModule, findOption } from '../lookup';
import { tasksOf } from '../model';
import { leafModule, splitKeyValues } from '../xref';
import { columnOf, rangeOf, yamlString } from './practice';

/** Modules whose string value is a command, a file or an action, not `key=value` options (or whose values YAML would retype). */
const FREE_FORM = new Set(['command', 'shell', 'raw', 'script', 'win_command', 'win_shell', 'include_vars', 'include_tasks', 'import_tasks', 'import_playbook', 'include', 'meta', 'set_fact', 'set_stats']);

const BOOL_WORDS: Record<string, string> = { yes: 'true', true: 'true', on: 'true', '1': 'true', no: 'false', false: 'false', off: 'false', '0': 'false' };

/** The mapping a `key=value` string becomes, one option per line under the module key. */
function toMapping(model: DocumentModel, task: AnsibleTask, kv: { key: string; value: string }[]): Fix | undefined {
  const pair = task.modulePair!;
  const k = nodeRange(pair.key as { range?: [number, number, number] });
  const v = nodeRange(pair.value as { range?: [number, number, number] });
  if (!k || !v) return undefined;
  const spec = findModule(task.module!);
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const pad = ' '.repeat(columnOf(model, k[0]) + 2);
  const lines = kv.map(({ key, value }) => {
    const bool = spec && findOption(spec, key)?.spec.type === 'bool' ? BOOL_WORDS[value.toLowerCase()] : undefined;
    return `${pad}${key}: ${bool ?? yamlString(value)}`;
  });
  return { titleId: 'toMapping', edits: [{ range: model.index.range(k[1], v[1]), newText: `:${eol}${lines.join(eol)}` }], preferred: true };
}

/**
 * ANS037 (ansible-lint no-free-form): options written as one `key=value` string (`apt: name=git state=present`).
 * As a YAML mapping each option is on its own line, values keep their types, editors and linters check each name,
 * and a space or `=` inside a value needs no quoting tricks. Modules that take a command or a file name are left
 * alone. Quick fix: the mapping.
 */
export const check: YamlCheck = {
  rule: 'ANS037',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task } of tasksOf(unit, model.path)) {
      const v = task.modulePair?.value;
      if (!isScalar(v) || typeof v.value !== 'string' || /[\r\n]/.test(v.value)) continue;
      const short = leafModule(task.module);
      if (!short || FREE_FORM.has(short) || findModule(task.module!)?.freeForm) continue;
      const { kv, raw } = splitKeyValues(v.value);
      if (!kv.length || raw.length || new Set(kv.map((w) => w.key)).size !== kv.length) continue;
      const range = rangeOf(model, v);
      if (!range) continue;
      const src = model.text.slice(nodeRange(v as { range?: [number, number, number] })![0], nodeRange(v as { range?: [number, number, number] })![1]);
      const fix = /[\r\n]/.test(src) ? undefined : toMapping(model, task, kv);
      report(range, { module: task.module! }, fix ? [fix] : undefined);
    }
  },
};
