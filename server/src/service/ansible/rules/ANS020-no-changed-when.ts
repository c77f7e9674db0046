import type { YamlCheck } from '../../kinds/yaml';
import { getPair } from '../../yaml';
import { tasksOf } from '../model';
import { moduleArgs, moduleIs } from '../xref';
import { rangeOf } from './practice';

/**
 * ANS020 (ansible-lint no-changed-when): a `command`, `shell` or `raw` task with no `changed_when` and no
 * `creates`/`removes`. Ansible cannot tell what the command changed, so it reports `changed` on every run. Handlers
 * are left alone (they run only when notified), as ansible-lint does.
 */
export const check: YamlCheck = {
  rule: 'ANS020',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task, handler } of tasksOf(unit, model.path)) {
      if (handler || task.level !== 'task' || !moduleIs(task, ['command', 'shell', 'raw'])) continue;
      if (getPair(task.node, 'changed_when')) continue;
      const args = moduleArgs(model, task);
      if (args.has('creates') || args.has('removes')) continue;
      const range = rangeOf(model, task.modulePair!.key);
      if (range) report(range, { module: task.module! });
    }
  },
};
