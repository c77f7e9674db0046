import type { DockerfileCheck } from '../parse';
import type { TextEditSpec } from '../../types';
import { instructionsOf, runPackages, type PackageCommand } from '../build';
import { shellText } from '../model';

/** The answer-yes options per package manager family. */
const YES: Record<string, RegExp> = {
  apt: /^(?:-y|--yes|--assume-yes|-qq|-q=2|--quiet=2|-[a-z]*y[a-z]*)$/,
  yum: /^(?:-y|--assumeyes|-[a-z]*y[a-z]*)$/,
  zypper: /^(?:-n|--non-interactive|-y|--no-confirm)$/,
};

function needsYes(c: PackageCommand): boolean {
  const yes = (re: RegExp) => c.words.some((w) => re.test(w));
  switch (c.manager) {
    case 'apt':
      return (c.program === 'aptitude' ? c.action === 'install' : /^(?:install|upgrade|dist-upgrade|full-upgrade|remove|purge|autoremove)$/.test(c.action)) && !yes(YES.apt);
    case 'yum': // microdnf never asks
      return c.program !== 'microdnf' && /^(?:install|update|upgrade|remove|erase|groupinstall|reinstall|localinstall)$/.test(c.action) && !yes(YES.yum);
    case 'zypper':
      return /^(?:install|in|update|up|remove|rm|patch|dist-upgrade|dup)$/.test(c.action) && !yes(YES.zypper);
    default:
      return false;
  }
}

/**
 * DF017: a package manager that asks "Do you want to continue? [Y/n]" — apt-get/apt/aptitude install, yum/dnf
 * install, zypper install — without its assume-yes option. A build has nobody at the keyboard: the install aborts.
 * The quick fix inserts `-y` (zypper: `-n` before the command word).
 */
export const check: DockerfileCheck = {
  rule: 'DF017',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    // Answered once for every call: an apt configuration written by the Dockerfile, or `yes |` in front.
    if (/Assume-Yes|assumeyes\s*=\s*(?:1|true)/i.test(model.text)) return;
    for (const { ins } of instructionsOf(model, dockerfile, 'RUN')) {
      if (/\byes\s+(?:\S+\s+)?\|/.test(shellText(model, ins))) continue;
      const bad = runPackages(model, ins).filter(needsYes);
      if (!bad.length) continue;
      const first = bad[0];
      const flag = first.manager === 'zypper' ? '-n' : '-y';
      // Insert after each offending `<program> … <action>` in the instruction's text.
      const start = model.index.offsetAt(ins.getRange().start);
      const raw = model.text.slice(start, model.index.offsetAt(ins.getRange().end));
      const edits: TextEditSpec[] = [];
      for (const c of bad) {
        const prog = c.program.split(' ')[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const re = c.manager === 'zypper' ? new RegExp(`\\b${prog}(?=\\s)`, 'g') : new RegExp(`\\b${prog}\\s+(?:-\\S+\\s+)*${c.action}\\b`, 'g');
        for (let m = re.exec(raw); m; m = re.exec(raw)) {
          const rest = raw.slice(m.index + m[0].length).split(/&&|\|\||;|\|/)[0];
          if (rest.split(/\s+/).some((w) => (YES[c.manager] ?? /^$/).test(w))) continue;
          const at = model.index.positionAt(start + m.index + m[0].length);
          if (!edits.some((e) => e.range.start.line === at.line && e.range.start.character === at.character)) edits.push({ range: { start: at, end: at }, newText: ` ${c.manager === 'zypper' ? '-n' : '-y'}` });
        }
      }
      report(ins.getInstructionRange(), { program: first.program, action: first.action, flag }, edits.length ? [{ titleId: 'addFlag', args: { flag }, edits, preferred: true }] : undefined);
    }
  },
};
