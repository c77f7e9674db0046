import type { YamlCheck } from '../../kinds/yaml';
import { getPair, isScalar } from '../../yaml';
import { ansibleModel, tasksOf } from '../model';
import { partRange, valueOffset } from './practice';

/** The first character is a letter with an upper case that it is not in (Hangul, digits and `{{` have none). */
export const startsLower = (name: string): boolean => {
  const c = [...name][0];
  return !!c && c !== c.toUpperCase() && c === c.toLowerCase();
};

/**
 * ANS030 (ansible-lint name[casing]): a play or task name that starts with a lower-case letter. The names are the
 * headings of the run's output; starting each with a capital keeps them uniform. Handlers are left alone: `notify`
 * finds them by the exact name. Quick fix: the first letter in upper case.
 */
export const check: YamlCheck = {
  rule: 'ANS030',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    const nodes = [
      ...ansibleModel(unit, model.path).plays.map((p) => p.node),
      ...tasksOf(unit, model.path).filter((t) => !t.handler).map((t) => t.task.node),
    ];
    for (const node of nodes) {
      const v = getPair(node, 'name')?.value;
      if (!isScalar(v) || typeof v.value !== 'string' || !startsLower(v.value)) continue;
      const first = [...v.value][0];
      const range = partRange(model, v, 0, v.value.length);
      if (!range) continue;
      const at = valueOffset(model, v, 0);
      const fix = at === undefined ? undefined : [{ titleId: 'capitalize', args: { to: first.toUpperCase() + v.value.slice(first.length) }, edits: [{ range: model.index.range(at, at + first.length), newText: first.toUpperCase() }], preferred: true }];
      report(range, { name: v.value }, fix);
    }
  },
};
