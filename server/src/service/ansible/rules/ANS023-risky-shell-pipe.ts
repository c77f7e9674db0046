import type { YamlCheck } from '../../kinds/yaml';
import { getValue, scalarValue } from '../../yaml';
import { tasksOf } from '../model';
import { moduleIs } from '../xref';
import { commandLine, rangeOf, stripJinja, stripShellQuotes } from './practice';

/** A pipe between commands (not `||`), outside quotes and Jinja templates, with no `pipefail` anywhere in the script. */
export function riskyPipe(text: string): boolean {
  const t = stripShellQuotes(stripJinja(text));
  return /(?<!\|)\|(?!\|)/.test(t) && !/pipefail/.test(text);
}

/**
 * ANS023 (ansible-lint risky-shell-pipe): a `shell` command with a pipe and no `set -o pipefail`. The shell reports
 * the exit status of the last command only, so `curl … | tar x` "succeeds" when curl fails. Quiet with
 * `ignore_errors` (the result is not checked anyway), as ansible-lint is.
 */
export const check: YamlCheck = {
  rule: 'ANS023',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task } of tasksOf(unit, model.path)) {
      if (task.level === 'block' || !moduleIs(task, ['shell'])) continue;
      const ignore = scalarValue(getValue(task.node, 'ignore_errors'));
      if (ignore === true || (typeof ignore === 'string' && ignore.trim() !== '' && !/^(false|no)$/i.test(ignore))) continue;
      const line = commandLine(task);
      if (!line || !riskyPipe(line.text)) continue;
      const range = rangeOf(model, task.modulePair!.key);
      if (range) report(range, { module: task.module! });
    }
  },
};
