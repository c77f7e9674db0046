import type { Range } from 'vscode-languageserver-types';
import type { UnitCheck } from '../../rules/check';
import type { DocumentUnit } from '../../model';
import type { YamlDocModel } from '../../kinds/yaml';
import { getValue, isMap, mapPairs, pairKey, scalarString, seqItems } from '../../yaml';
import { ansibleModel, tasksOf } from '../model';
import type { InventoryUnit } from '../inventory';
import { moduleIs } from '../xref';
import { PYTHON_KEYWORDS, rangeOf } from './practice';

/** Why a variable name cannot be used: a Python keyword, or not an identifier (`-`, a leading digit, a dot …). */
export function badVarName(name: string): 'keyword' | 'invalid' | undefined {
  if (PYTHON_KEYWORDS.has(name)) return 'keyword';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return 'invalid';
  return undefined;
}

/**
 * ANS032 (ansible-lint var-naming): a variable named like a Python keyword (`async`, `lambda`, `class`) or not an
 * identifier (`app-port`, `1st_user`). Jinja cannot name it in an expression: `{{ app-port }}` is a subtraction and
 * `{{ class }}` a syntax error. Checked where variables are defined: `vars:`, `vars_prompt`, `register`,
 * `set_fact`, `loop_control.loop_var`, vars files (group_vars, host_vars, `vars_files`) and inventories.
 */
export const check: UnitCheck<DocumentUnit> = {
  rule: 'ANS032',
  formats: ['ansible-playbook', 'ansible-tasks', 'ansible-vars', 'ansible-inventory'],
  run({ model, unit, report }) {
    const seen = new Set<string>();
    const fire = (name: string, range: Range | undefined, where: string) => {
      const why = badVarName(name);
      if (!why || !range) return;
      const at = `${range.start.line}:${range.start.character}`;
      if (seen.has(at)) return;
      seen.add(at);
      report(range, { name, where }, undefined, why);
    };
    const inv = (unit as Partial<InventoryUnit>).inventory;
    if (inv) {
      for (const g of inv.groups.values()) {
        for (const v of [...g.vars, ...g.hosts.flatMap((h) => h.vars)]) fire(v.key, { start: { line: v.line, character: v.start }, end: { line: v.line, character: v.end } }, 'inventory');
      }
      return;
    }
    const doc = unit as YamlDocModel;
    if (!doc.yaml) return;
    const keysOf = (map: unknown, where: string) => {
      for (const p of mapPairs(map)) {
        const k = pairKey(p);
        if (k !== null) fire(k, rangeOf(model, p.key), where);
      }
    };
    if (doc.format === 'ansible-vars') {
      for (const v of ansibleModel(doc, model.path).vars) fire(v.name, rangeOf(model, v.node), 'vars file');
      return;
    }
    if (doc.format === 'ansible-inventory') {
      const group = (map: unknown, depth: number) => {
        if (depth > 20) return;
        for (const p of mapPairs(map)) {
          keysOf(getValue(p.value, 'vars'), 'inventory');
          for (const h of mapPairs(getValue(p.value, 'hosts'))) if (isMap(h.value)) keysOf(h.value, 'inventory');
          group(getValue(p.value, 'children'), depth + 1);
        }
      };
      group(doc.yaml.doc.contents, 0);
      return;
    }
    for (const play of ansibleModel(doc, model.path).plays) {
      keysOf(getValue(play.node, 'vars'), 'vars');
      for (const item of seqItems(getValue(play.node, 'vars_prompt'))) {
        const n = getValue(item, 'name');
        const s = scalarString(n);
        if (s !== undefined) fire(s, rangeOf(model, n), 'vars_prompt');
      }
    }
    for (const { task } of tasksOf(doc, model.path)) {
      keysOf(getValue(task.node, 'vars'), 'vars');
      const reg = getValue(task.node, 'register');
      const r = scalarString(reg);
      if (r !== undefined && !r.includes('{{')) fire(r, rangeOf(model, reg), 'register');
      const lv = getValue(getValue(task.node, 'loop_control'), 'loop_var');
      const l = scalarString(lv);
      if (l !== undefined && !l.includes('{{')) fire(l, rangeOf(model, lv), 'loop_var');
      if (moduleIs(task, ['set_fact']) && isMap(task.modulePair?.value)) {
        for (const p of mapPairs(task.modulePair!.value)) {
          const k = pairKey(p);
          if (k !== null && k !== 'cacheable' && !k.includes('{{')) fire(k, rangeOf(model, p.key), 'set_fact');
        }
      }
    }
  },
};
