import type { YamlCheck } from '../../kinds/yaml';
import { getValue, isSeq, scalarString, seqItems } from '../../yaml';
import { ansibleModel, type AnsibleTask, flatTasks } from '../model';
import { rangeOfNode } from '../xref';

// `x.changed`, `x['changed']`, `x is changed`, `x | changed`, optionally `== true` / `| bool` after the attribute forms.
const CHANGED = /^\s*([A-Za-z_]\w*)\s*(?:(?:\.changed|\[\s*["']changed["']\s*\])(?:\s*==\s*(?:true|True)|\s*\|\s*bool)?|\s+is\s+changed|\s*\|\s*changed)\s*$/;

/**
 * ANS052: a task that runs only when an earlier task of the same list `changed` (`when: result.changed`,
 * `when: result is changed`): that is what a handler is for. As a handler it runs once at the end of the play, however
 * many tasks notify it, and `--check` and re-runs behave. Only a single condition is judged (with more, the task is
 * more than "on change").
 */
export const check: YamlCheck = {
  rule: 'ANS052',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit: doc, report }) {
    const m = ansibleModel(doc, model.path);
    const lists = [...m.plays.flatMap((p) => p.sections.map((s) => s.tasks)), m.tasks];
    for (const list of lists) {
      const registered = new Set<string>();
      for (const t of flatTasks(list)) {
        if (t.level === 'task') {
          const hit = changedOf(t);
          if (hit && registered.has(hit.name)) {
            const range = rangeOfNode(model, hit.node);
            if (range) report(range, { register: hit.name });
          }
        }
        const reg = scalarString(getValue(t.node, 'register'));
        if (reg) registered.add(reg.trim());
      }
    }
  },
};

function changedOf(t: AnsibleTask): { name: string; node: unknown } | undefined {
  let when = getValue(t.node, 'when');
  if (isSeq(when)) {
    const items = seqItems(when);
    if (items.length !== 1) return undefined;
    when = items[0];
  }
  const s = scalarString(when);
  const m = s !== undefined ? CHANGED.exec(s.replace(/^\s*\{\{\s*|\s*\}\}\s*$/g, '')) : null;
  return m ? { name: m[1], node: when } : undefined;
}
