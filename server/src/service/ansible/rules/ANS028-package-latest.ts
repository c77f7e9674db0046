import type { YamlCheck } from '../../kinds/yaml';
import { tasksOf } from '../model';
import { leafModule, moduleArgs, wordSpan } from '../xref';
import { rangeOf } from './practice';

/** Package managers (ansible-lint package-latest's list, by short name). */
const PACKAGE_MODULES = new Set([
  'apk', 'apt', 'bower', 'bundler', 'dnf', 'dnf5', 'easy_install', 'gem', 'homebrew', 'jenkins_plugin', 'npm', 'openbsd_pkg', 'package',
  'pacman', 'pear', 'pip', 'pkg5', 'pkgng', 'pkgutil', 'portage', 'slackpkg', 'snap', 'yarn', 'yum', 'zypper', 'win_chocolatey',
]);

const isOn = (s: string | undefined) => !!s && /^(true|yes|on|1)$/i.test(s.trim());

/**
 * ANS028 (ansible-lint package-latest): `state: latest` on a package module. Every run may install a different
 * version, so two hosts set up a week apart differ and an upgrade happens when nobody planned it. Pin a version or
 * use `present`; quiet for an upgrade of what is installed (`only_upgrade`, `update_only`) and for `name: '*'`.
 */
export const check: YamlCheck = {
  rule: 'ANS028',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task } of tasksOf(unit, model.path)) {
      const short = leafModule(task.module);
      if (!task.modulePair || !short || !PACKAGE_MODULES.has(short)) continue;
      const args = moduleArgs(model, task);
      const state = args.get('state');
      if (state?.value !== 'latest') continue;
      if (isOn(args.get('only_upgrade')?.value) || isOn(args.get('update_only')?.value)) continue;
      if (['name', 'pkg', 'package'].some((k) => args.get(k)?.value === '*')) continue;
      const word = wordSpan(state);
      const range = word ? model.index.range(word[0], word[1]) : rangeOf(model, state.node);
      if (range) report(range, { module: task.module! });
    }
  },
};
