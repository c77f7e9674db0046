import type { YamlCheck } from '../../kinds/yaml';
import { getPair } from '../../yaml';
import { ansibleModel, tasksOf } from '../model';
import { findModule, isBuiltinModuleName } from '../lookup';
import { rangeOf } from './practice';

/** The fully qualified name of a short module name we can resolve for certain, else undefined. */
export function fqcnOf(name: string): string | undefined {
  if (name.includes('.')) return undefined;
  if (isBuiltinModuleName(name)) return `ansible.builtin.${name}`;
  return findModule(name)?.name;
}

/**
 * ANS034 (ansible-lint fqcn[action-core], fqcn[action]): a module written by its short name (`apt`). The fully
 * qualified name (`ansible.builtin.apt`) says which collection provides it, so a module of the same name in another
 * installed collection cannot be picked instead, and readers and tools find its documentation. Includes and imports
 * count as ansible-lint counts them. Quick fix: the FQCN.
 */
export const check: YamlCheck = {
  rule: 'ANS034',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const play of ansibleModel(unit, model.path).plays) {
      const pair = getPair(play.node, 'import_playbook');
      const range = pair ? rangeOf(model, pair.key) : undefined;
      if (range) report(range, { module: 'import_playbook', to: 'ansible.builtin.import_playbook' }, [{ titleId: 'fqcn', args: { to: 'ansible.builtin.import_playbook' }, edits: [{ range, newText: 'ansible.builtin.import_playbook' }], preferred: true }]);
    }
    for (const { task } of tasksOf(unit, model.path)) {
      if (!task.modulePair || !task.module) continue;
      const to = fqcnOf(task.module);
      const range = to && rangeOf(model, task.modulePair.key);
      if (!to || !range) continue;
      report(range, { module: task.module, to }, [{ titleId: 'fqcn', args: { to }, edits: [{ range, newText: to }], preferred: true }]);
    }
  },
};
