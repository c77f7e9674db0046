import type { YamlCheck } from '../../kinds/yaml';
import { getPair, mapPairs } from '../../yaml';
import { ansibleModel, tasksOf } from '../model';
import { leafModule } from '../xref';
import { rangeOf } from './practice';

/** Tasks that need no name (ansible-lint exempts includes and imports; `meta` tasks are never shown in the output). */
const EXEMPT = new Set(['include_tasks', 'import_tasks', 'include_role', 'import_role', 'import_playbook', 'include', 'meta']);

/**
 * ANS029 (ansible-lint name[missing]): a play or task without `name`. The name is what `ansible-playbook` prints for
 * each task and play (`TASK [Install nginx]`), what `--start-at-task` finds and what a reader sees first. Blocks,
 * includes and imports are exempt.
 */
export const check: YamlCheck = {
  rule: 'ANS029',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const play of ansibleModel(unit, model.path).plays) {
      if ((play.name ?? '').trim() || play.imports !== undefined || !getPair(play.node, 'hosts')) continue;
      const first = mapPairs(play.node)[0];
      const range = first && rangeOf(model, first.key);
      if (range) report(range, {}, undefined, 'play');
    }
    for (const { task, handler } of tasksOf(unit, model.path)) {
      if (task.level === 'block' || (task.name ?? '').trim()) continue;
      const short = leafModule(task.module);
      if (short && EXEMPT.has(short)) continue;
      const key = task.modulePair?.key ?? task.pairs[0]?.key;
      const range = key ? rangeOf(model, key) : undefined;
      if (range) report(range, { module: task.module ?? '' }, undefined, handler ? 'handler' : undefined);
    }
  },
};
