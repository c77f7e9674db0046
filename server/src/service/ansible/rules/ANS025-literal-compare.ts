import type { YamlCheck } from '../../kinds/yaml';
import { getValue, isScalar } from '../../yaml';
import { tasksOf } from '../model';
import { conditionScalars, partRange } from './practice';

export const CONDITION_KEYS = ['when', 'changed_when', 'failed_when'] as const;

/** `== true`, `!= False` … in an expression, string literals skipped: the operator, the literal and where they are. */
export function literalCompares(expr: string): { text: string; negate: boolean; start: number; end: number }[] {
  const blank = expr.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, (q) => ' '.repeat(q.length));
  const out: { text: string; negate: boolean; start: number; end: number }[] = [];
  const re = /([=!]=)\s*(True|true|False|false)\b/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(blank)) && guard++ < 100) {
    const truthy = /^t/i.test(m[2]);
    out.push({ text: expr.slice(m.index, m.index + m[0].length), negate: (m[1] === '==') !== truthy, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * ANS025 (ansible-lint literal-compare): a condition comparing with `true`/`false` (`when: x == true`). Write the
 * value itself (`when: x`) or `not x`; `is sameas true` when the exact boolean matters.
 */
export const check: YamlCheck = {
  rule: 'ANS025',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task } of tasksOf(unit, model.path)) {
      for (const key of CONDITION_KEYS) {
        for (const node of conditionScalars(getValue(task.node, key))) {
          if (!isScalar(node) || typeof node.value !== 'string') continue;
          for (const c of literalCompares(node.value)) {
            const range = partRange(model, node, c.start, c.end);
            if (range) report(range, { key, compare: c.text }, undefined, c.negate ? 'negate' : undefined);
          }
        }
      }
    }
  },
};
