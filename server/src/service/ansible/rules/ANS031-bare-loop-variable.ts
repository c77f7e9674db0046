import type { YamlCheck } from '../../kinds/yaml';
import { getPair, isScalar } from '../../yaml';
import { tasksOf } from '../model';
import { jinjaExpressions, rangeOf } from './practice';

/** `with_<lookup>` keywords that take a list (the others, such as `with_fileglob` or `with_sequence`, take strings). */
const LIST_LOOPS = ['with_items', 'with_list', 'with_dict', 'with_together', 'with_nested', 'with_cartesian', 'with_flattened', 'with_indexed_items', 'with_random_choice', 'with_subelements'];

/** A bare variable reference: `users`, `app.users`, `groups['web']`. */
const BARE = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[[^\]\n]+\])*$/;

/**
 * ANS031 (ansible-lint deprecated-bare-vars, and a string passed to `loop`): a loop over a variable written without
 * `{{ }}`. `with_items: users` loops once over the word "users" (bare variables stopped working in Ansible 2.0), and
 * `loop:` given a string that is not one template (`"{{ users }}:"`) fails: loop takes a list. Quick fix: `"{{ name }}"`.
 */
export const check: YamlCheck = {
  rule: 'ANS031',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task } of tasksOf(unit, model.path)) {
      for (const key of ['loop', ...LIST_LOOPS]) {
        const v = getPair(task.node, key)?.value;
        if (!isScalar(v) || typeof v.value !== 'string') continue;
        const text = v.value.trim();
        const range = rangeOf(model, v);
        if (!range || !text) continue;
        if (BARE.test(text) && !/^(true|false|none|null)$/i.test(text)) {
          const to = `"{{ ${text} }}"`;
          report(range, { key, value: text, to }, [{ titleId: 'template', args: { to }, edits: [{ range, newText: to }], preferred: true }], 'bare');
          continue;
        }
        if (key !== 'loop') continue;
        const exprs = jinjaExpressions(text);
        if (exprs.length === 1 && exprs[0].start === 2 && exprs[0].end === text.length - 2) continue; // one template: a list at run time
        if (/\{%/.test(text)) continue;
        const to = exprs.length === 1 ? `"{{ ${exprs[0].expr.trim()} }}"` : undefined;
        report(range, { key, value: text, to: to ?? '' }, to ? [{ titleId: 'template', args: { to }, edits: [{ range, newText: to }], preferred: true }] : undefined, exprs.length ? 'text' : 'string');
      }
    }
  },
};
