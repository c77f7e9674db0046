import type { YamlCheck } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { getPair, isScalar, isSeq, pairKey, seqItems } from '../../yaml';
import { tasksOf } from '../model';
import { jinjaExpressions, rangeOf } from './practice';

/** The expression of a value that is exactly one `{{ … }}` template. */
function loneTemplate(v: unknown): string | undefined {
  if (!isScalar(v) || typeof v.value !== 'string') return undefined;
  const t = v.value.trim();
  const e = jinjaExpressions(t);
  return e.length === 1 && e[0].start === 2 && e[0].end === t.length - 2 ? e[0].expr.trim() : undefined;
}

/**
 * ANS035: `with_<lookup>` loops. Since Ansible 2.5 `loop:` is the recommended form (the notes teach it): one keyword,
 * with filters for the shapes (`dict2items` for a dictionary, `flatten` for nested lists). Quick fix where it keeps
 * the meaning exactly: `with_list` → `loop`; `with_items` → `loop` for a list of plain items, or
 * `loop: "{{ x | flatten(levels=1) }}"` for a variable (with_items flattens one level); `with_dict` →
 * `loop: "{{ x | dict2items }}"` (`item.key`/`item.value` stay the same).
 */
export const check: YamlCheck = {
  rule: 'ANS035',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task } of tasksOf(unit, model.path)) {
      for (const pair of task.pairs) {
        const key = pairKey(pair);
        if (!key?.startsWith('with_')) continue;
        const range = rangeOf(model, pair.key);
        if (!range) continue;
        const lookup = key.slice('with_'.length);
        const fixes: Fix[] = [];
        const canFix = !getPair(task.node, 'loop');
        const v = pair.value;
        const vr = rangeOf(model, v);
        const rename = { range, newText: 'loop' };
        const expr = loneTemplate(v);
        if (canFix && key === 'with_list' && (isSeq(v) || expr)) fixes.push({ titleId: 'toLoop', args: { from: key }, edits: [rename], preferred: true });
        else if (canFix && key === 'with_items' && isSeq(v) && !seqItems(v).some((i) => isSeq(i))) fixes.push({ titleId: 'toLoop', args: { from: key }, edits: [rename], preferred: true });
        else if (canFix && key === 'with_items' && expr && vr) {
          const to = `"{{ ${expr} | flatten(levels=1) }}"`;
          fixes.push({ titleId: 'toLoopFilter', args: { from: key, to }, edits: [rename, { range: vr, newText: to }], preferred: true });
        } else if (canFix && key === 'with_dict' && expr && vr) {
          const to = `"{{ ${expr} | dict2items }}"`;
          fixes.push({ titleId: 'toLoopFilter', args: { from: key, to }, edits: [rename, { range: vr, newText: to }], preferred: true });
        }
        const variant = key === 'with_items' ? 'items' : key === 'with_dict' ? 'dict' : key === 'with_list' ? undefined : key === 'with_indexed_items' ? 'indexed' : 'lookup';
        report(range, { key, lookup }, fixes.length ? fixes : undefined, variant);
      }
    }
  },
};
