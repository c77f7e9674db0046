import type { YamlCheck } from '../../kinds/yaml';
import { getValue, isScalar, mapPairs, pairKey, seqItems, type YamlNode } from '../../yaml';
import { ansibleModel, tasksOf } from '../model';
import { findModule, findOption } from '../lookup';
import { moduleArgs } from '../xref';
import { rangeOf, sourceOf } from './practice';

/** Playbook keywords whose value is a boolean (`changed_when`/`failed_when` often hold a plain `no`). */
const BOOL_KEYWORDS = ['any_errors_fatal', 'become', 'check_mode', 'diff', 'force_handlers', 'gather_facts', 'ignore_errors', 'ignore_unreachable', 'no_log', 'run_once', 'delegate_facts', 'changed_when', 'failed_when'];

/**
 * ANS033 (ansible-lint yaml[truthy]): a boolean written `yes`, `no`, `on`, `True` … instead of `true`/`false`.
 * Ansible reads YAML 1.1, where these are booleans, but YAML 1.2 tools (and ansible-lint) read only `true`/`false`:
 * the same file means different things to different readers. Checked on boolean keywords and on the boolean options
 * of the modules we know. Quick fix: `true`/`false`.
 */
export const check: YamlCheck = {
  rule: 'ANS033',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    const look = (node: unknown, key: string) => {
      if (!isScalar(node) || typeof node.value !== 'boolean') return;
      const src = sourceOf(model, node);
      if (!src || src === 'true' || src === 'false') return;
      const range = rangeOf(model, node);
      const to = node.value ? 'true' : 'false';
      if (range) report(range, { key, value: src, to }, [{ titleId: 'replace', args: { from: src, to }, edits: [{ range, newText: to }], preferred: true }]);
    };
    for (const play of ansibleModel(unit, model.path).plays) {
      for (const p of mapPairs(play.node)) {
        const k = pairKey(p);
        if (k !== null && BOOL_KEYWORDS.includes(k)) look(p.value, k);
      }
      for (const item of seqItems(getValue(play.node, 'vars_prompt'))) for (const k of ['private', 'confirm', 'unsafe']) look(getValue(item, k), k);
    }
    for (const { task } of tasksOf(unit, model.path)) {
      for (const p of task.pairs) {
        const k = pairKey(p);
        if (k !== null && BOOL_KEYWORDS.includes(k)) look(p.value, k);
      }
      const spec = task.module ? findModule(task.module) : undefined;
      if (!spec || !task.modulePair) continue;
      for (const [name, arg] of moduleArgs(model, task)) {
        if (arg.from === 'free') continue;
        const opt = findOption(spec, name);
        if (opt?.spec.type === 'bool') look(arg.node as YamlNode, name);
      }
    }
  },
};
