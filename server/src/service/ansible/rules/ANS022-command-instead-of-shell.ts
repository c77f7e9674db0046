import type { YamlCheck } from '../../kinds/yaml';
import { tasksOf } from '../model';
import { moduleArgs, moduleIs } from '../xref';
import { commandLine, MAX_TEXT, rangeOf, stripJinja } from './practice';

/** Characters that only mean something to a shell: pipes, redirects, lists, expansions, globs, subshells, line breaks. */
const SHELL_SYNTAX = /[|&;<>()$`*?[\]{}~!\\\n#]/;
/** Shell builtins and keywords: no program of that name to run without a shell. */
const SHELL_WORDS = new Set(['cd', 'source', '.', 'export', 'set', 'unset', 'ulimit', 'umask', 'exec', 'eval', 'alias', 'if', 'for', 'while', 'until', 'case', 'function', 'read', 'trap', 'shopt', 'type', 'builtin', 'wait', 'declare', 'local']);

/** Does a command line need a shell (after its Jinja templates are taken out)? */
export function needsShell(text: string): boolean {
  if (text.length > MAX_TEXT) return true; // too long to read: assume it does
  const t = stripJinja(text).trim();
  if (SHELL_SYNTAX.test(t)) return true;
  const first = t.split(/\s+/)[0] ?? '';
  return SHELL_WORDS.has(first) || /^[A-Za-z_]\w*=/.test(first);
}

/**
 * ANS022 (ansible-lint command-instead-of-shell): `shell` running a command that uses nothing of a shell. `command`
 * runs the program directly: no quoting surprises, no injection through variables. Quick fix: the key becomes
 * `command` (keeping `ansible.builtin.` / `ansible.legacy.` when written).
 */
export const check: YamlCheck = {
  rule: 'ANS022',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task } of tasksOf(unit, model.path)) {
      if (task.level === 'block' || !moduleIs(task, ['shell'])) continue;
      const line = commandLine(task);
      if (!line || !line.text.trim() || needsShell(line.text)) continue;
      if (moduleArgs(model, task).has('executable')) continue;
      const key = task.modulePair!.key;
      const range = rangeOf(model, key);
      if (!range) continue;
      const to = task.module!.replace(/shell$/, 'command');
      report(range, { module: task.module!, to }, [{ titleId: 'useCommand', args: { from: task.module!, to }, edits: [{ range, newText: to }], preferred: true }]);
    }
  },
};
