import type { YamlCheck } from '../../kinds/yaml';
import type { DocumentModel } from '../../model';
import type { Fix } from '../../types';
import { getValue, isScalar, type YamlNode } from '../../yaml';
import { tasksOf } from '../model';
import { EXPRESSION_KEYWORDS } from '../data/keywords';
import { conditionScalars, rangeOf, sourceOf, yamlString } from './practice';


/** The expression without its `{{ }}`: the inside of a lone template, or each template replaced by its expression. */
export function withoutBraces(value: string): string | undefined {
  if (/\{%|\{#/.test(value)) return undefined;
  const lone = /^\s*\{\{([\s\S]*?)\}\}\s*$/.exec(value);
  if (lone && !lone[1].includes('{{')) return lone[1].trim();
  return value.replace(/\{\{([\s\S]*?)\}\}/g, (_, e: string) => {
    const t = e.trim();
    return /^[\w.[\]'"]+$/.test(t) ? t : `(${t})`;
  }).trim();
}

function unbrace(model: DocumentModel, node: YamlNode): Fix | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const src = sourceOf(model, node);
  if (!src || /[\r\n]/.test(src)) return undefined;
  const expr = withoutBraces(node.value);
  if (!expr) return undefined;
  let text: string;
  if (node.type === 'QUOTE_DOUBLE') text = JSON.stringify(expr);
  else if (node.type === 'QUOTE_SINGLE') text = `'${expr.replace(/'/g, "''")}'`;
  else text = yamlString(expr);
  const range = rangeOf(model, node);
  return range ? { titleId: 'unbrace', args: { expr }, edits: [{ range, newText: text }], preferred: true } : undefined;
}

/**
 * ANS026 (ansible-lint no-jinja-when): `{{ }}` in `when`, `changed_when`, `failed_when` or `until`. These keywords
 * are already Jinja expressions; the braces template the text first (Ansible warns about it) and can turn the
 * condition into a string that is always true. Quick fix: the braces removed.
 */
export const check: YamlCheck = {
  rule: 'ANS026',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task } of tasksOf(unit, model.path)) {
      for (const key of EXPRESSION_KEYWORDS) {
        for (const node of conditionScalars(getValue(task.node, key))) {
          if (!isScalar(node) || typeof node.value !== 'string' || !/\{\{|\{%/.test(node.value)) continue;
          const range = rangeOf(model, node);
          const fix = unbrace(model, node);
          if (range) report(range, { key }, fix ? [fix] : undefined);
        }
      }
    }
  },
};
