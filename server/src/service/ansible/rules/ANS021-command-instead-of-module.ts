import type { YamlCheck } from '../../kinds/yaml';
import { tasksOf } from '../model';
import { moduleIs } from '../xref';
import { commandLine, rangeOf, stripJinja } from './practice';

interface Replacement {
  module: string;
  /** The first argument that is not an option must be one of these (subcommands), when given. */
  sub?: string[];
  /** Further condition on the arguments. */
  when?: (args: string[]) => boolean;
}

const noGlob = (args: string[]) => args.length > 0 && !args.some((a) => /[*?[\]$`]/.test(a));
const FILE: Replacement = { module: 'ansible.builtin.file', when: noGlob };

/** Programs a module replaces (ansible-lint command-instead-of-module, and the file operations `ansible.builtin.file` does). */
const REPLACEMENTS: Record<string, Replacement> = {
  'apt-get': { module: 'ansible.builtin.apt', sub: ['install', 'remove', 'purge', 'update', 'upgrade', 'dist-upgrade', 'autoremove'] },
  apt: { module: 'ansible.builtin.apt', sub: ['install', 'remove', 'purge', 'update', 'upgrade', 'full-upgrade', 'autoremove'] },
  yum: { module: 'ansible.builtin.yum', sub: ['install', 'remove', 'erase', 'update', 'upgrade'] },
  dnf: { module: 'ansible.builtin.dnf', sub: ['install', 'remove', 'erase', 'update', 'upgrade'] },
  systemctl: { module: 'ansible.builtin.systemd', sub: ['start', 'stop', 'restart', 'reload', 'enable', 'disable', 'daemon-reload', 'mask', 'unmask'] },
  service: { module: 'ansible.builtin.service', when: (a) => a.length >= 2 && ['start', 'stop', 'restart', 'reload'].includes(a[1]) },
  chkconfig: { module: 'ansible.builtin.service', when: (a) => a.length >= 2 && ['on', 'off'].includes(a[a.length - 1]) },
  curl: { module: 'ansible.builtin.get_url' },
  wget: { module: 'ansible.builtin.get_url' },
  git: { module: 'ansible.builtin.git', sub: ['clone', 'pull', 'checkout'] },
  'add-apt-repository': { module: 'ansible.builtin.apt_repository' },
  mkdir: FILE,
  chmod: FILE,
  chown: FILE,
  chgrp: FILE,
  rm: FILE,
  rmdir: FILE,
  ln: FILE,
  touch: FILE,
  pip: { module: 'ansible.builtin.pip', sub: ['install', 'uninstall'] },
  pip3: { module: 'ansible.builtin.pip', sub: ['install', 'uninstall'] },
  useradd: { module: 'ansible.builtin.user' },
  usermod: { module: 'ansible.builtin.user' },
  userdel: { module: 'ansible.builtin.user' },
  groupadd: { module: 'ansible.builtin.group' },
  unzip: { module: 'ansible.builtin.unarchive', when: (a) => !a.some((x) => /^-[a-zA-Z]*[lvtZ]/.test(x)) },
  tar: { module: 'ansible.builtin.unarchive', when: (a) => /^-?[a-zA-Z]*x/.test(a[0] ?? '') || a.includes('--extract') },
  sed: { module: 'ansible.builtin.lineinfile', when: (a) => a.some((x) => /^-[a-zA-Z]*i/.test(x) || x.startsWith('--in-place')) },
  crontab: { module: 'ansible.builtin.cron', when: (a) => !a.includes('-l') },
  rsync: { module: 'ansible.posix.synchronize' },
  mount: { module: 'ansible.posix.mount', when: (a) => a.some((x) => !x.startsWith('-')) && !a.includes('-a') },
  hostnamectl: { module: 'ansible.builtin.hostname', sub: ['set-hostname', 'hostname'] },
};

/** The program and arguments of a command line's first command: past `set …` lines, `cd dir &&`, `sudo`, `env` and `VAR=value`. */
export function firstCommand(text: string): { program: string; args: string[] } | undefined {
  const lines = stripJinja(text).split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !/^set\s+[-+]/.test(l));
  let line = lines[0];
  if (!line) return undefined;
  // `cd dir && …` / `cd dir; …`: the command after it.
  for (let i = 0; i < 3; i++) {
    const m = /^(?:cd|pushd)\s+\S+\s*(?:&&|;)\s*(.*)$/.exec(line);
    if (!m) break;
    line = m[1];
  }
  // The first simple command (up to an operator).
  const words = line.split(/\s*(?:&&|\|\||;|\|)\s*/)[0].split(/\s+/).filter(Boolean);
  let i = 0;
  for (let guard = 0; guard < 20 && i < words.length; guard++) {
    const w = words[i];
    if (/^[A-Za-z_]\w*=/.test(w)) i++;
    else if (w === 'env') i++;
    else if (w === 'sudo') {
      i++;
      while (i < words.length && words[i].startsWith('-')) i += /^-[ugCp]$/.test(words[i]) ? 2 : 1;
    } else break;
  }
  if (i >= words.length) return undefined;
  const program = words[i].split('/').pop()!;
  return { program, args: words.slice(i + 1) };
}

/** The module a command line should be, with the command as the learner wrote it (`apt-get install`). */
export function replacementFor(text: string): { module: string; command: string } | undefined {
  const c = firstCommand(text);
  if (!c || !Object.prototype.hasOwnProperty.call(REPLACEMENTS, c.program)) return undefined;
  const r = REPLACEMENTS[c.program];
  const sub = c.args.find((a) => !a.startsWith('-'));
  if (r.sub && (!sub || !r.sub.includes(sub))) return undefined;
  if (r.when && !r.when(c.args)) return undefined;
  return { module: r.module, command: r.sub ? `${c.program} ${sub}` : c.program };
}

/**
 * ANS021 (ansible-lint command-instead-of-module): `command`/`shell` running what a module does (`apt-get install`,
 * `systemctl restart`, `git clone`, `mkdir` …). The module is idempotent, reports changed only when it changed
 * something and supports check mode; the command does none of that.
 */
export const check: YamlCheck = {
  rule: 'ANS021',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task } of tasksOf(unit, model.path)) {
      if (task.level === 'block' || !moduleIs(task, ['command', 'shell'])) continue;
      const line = commandLine(task);
      const hit = line && replacementFor(line.text);
      if (!hit) continue;
      const range = rangeOf(model, line.node ?? task.modulePair!.key) ?? rangeOf(model, task.modulePair!.key);
      if (range) report({ start: range.start, end: range.start.line === range.end.line ? range.end : { line: range.start.line, character: model.index.lineText(range.start.line).length } }, { module: hit.module, command: hit.command, via: task.module! });
    }
  },
};
