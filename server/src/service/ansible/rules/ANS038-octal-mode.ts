import type { YamlCheck } from '../../kinds/yaml';
import { isScalar } from '../../yaml';
import { findModule, findOption } from '../lookup';
import { rangeOf, sourceOf } from './practice';
import { tasksOf } from '../model';
import { moduleArgs } from '../xref';

/** The permission bits chmod keeps (setuid, setgid, sticky and rwx for owner, group, others). */
const PERM_BITS = 0o7777;

/** `ls -l` style permissions of a mode's low 12 bits: 0o1204 → `-w----r-T`. */
export function permString(mode: number): string {
  const m = mode & PERM_BITS;
  const rwx = (bits: number, special: boolean, ch: string) => {
    const x = bits & 1 ? (special ? ch : 'x') : special ? ch.toUpperCase() : '-';
    return (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + x;
  };
  return rwx((m >> 6) & 7, !!(m & 0o4000), 's') + rwx((m >> 3) & 7, !!(m & 0o2000), 's') + rwx(m & 7, !!(m & 0o1000), 't');
}

/** The special bits of a mode by their usual names: `setuid`, `setgid`, `sticky`, joined with `+`; empty when none. */
export function specialBits(mode: number): string {
  return [[0o4000, 'setuid'], [0o2000, 'setgid'], [0o1000, 'sticky']].filter(([b]) => mode & (b as number)).map(([, n]) => n).join('+');
}

/** Is this option a file permission (`mode`, `directory_mode` …): declared `raw` (a number or a string) and named …mode. */
function isModeOption(name: string, type: string): boolean {
  return type === 'raw' && name.endsWith('mode');
}

/**
 * ANS038 (ansible-lint risky-octal): a file permission option written as a bare decimal number; ANS039
 * (yaml[octal-values], info) the octal form without quotes.
 * - `mode: 644` (no leading zero): YAML reads the decimal integer 644, Ansible passes the number to chmod as it is,
 *   and 644 is octal 1204 — the file ends up with `-w----r-T`. Quick fix: `"0644"` (a string Ansible reads as octal).
 * - `mode: 0644`: Ansible's YAML 1.1 reads the octal number 420 (right), but YAML 1.2 readers (ansible-lint, editors,
 *   other tools) read the decimal 644, and the number turns into the text `420` when it passes through a template.
 *   Quick fix: `"0644"`.
 * Decided on the scalar's source text. Quoted modes, symbolic modes, templates and `key=value` strings (Ansible gets
 * a string there and reads it as octal) are left alone. Only options of the modules in our tables whose spec is `raw`
 * and whose name ends in `mode` (`mode`, `directory_mode`): synchronize's `mode: push` is not a permission.
 */
export const check: YamlCheck = {
  rule: 'ANS038',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run: (ctx) => scanModes(ctx, 'decimal'),
};

/** The modes of every task of the document: `decimal` reports `mode: 644` (ANS038), `leadingZero` reports `mode: 0644` (ANS039). */
export function scanModes({ model, unit, report }: Parameters<YamlCheck['run']>[0], which: 'decimal' | 'leadingZero'): void {
  {
    for (const { task } of tasksOf(unit, model.path)) {
      const spec = task.module ? findModule(task.module) : undefined;
      if (!spec || !task.modulePair) continue;
      for (const [key, arg] of moduleArgs(model, task)) {
        const node = arg.node;
        // A `key=value` word has no node: Ansible receives the string "644" and reads it as octal.
        if (!isScalar(node) || typeof node.value !== 'number') continue;
        const opt = findOption(spec, key);
        if (!opt || !isModeOption(opt.name, opt.spec.type)) continue;
        const src = sourceOf(model, node);
        const range = rangeOf(model, node);
        if (!src || !range) continue;
        const n = node.value;
        if (n < 8) continue; // 0–7 read the same in decimal and octal.
        if (/^[1-9][0-9]*$/.test(src)) {
          if (which !== 'decimal') continue;
          const low = n & PERM_BITS;
          const args = { key, value: src, octal: n.toString(8), low: low.toString(8), perms: permString(n), bits: specialBits(low), to: `"0${src}"`, meant: '' };
          const variant = n > PERM_BITS ? 'tooLarge' : args.bits ? 'special' : undefined;
          if (/[89]/.test(src)) {
            // Not octal digits: what was meant is unclear, so no fix.
            report(range, args, undefined, n > PERM_BITS ? 'tooLarge' : 'notOctal');
            continue;
          }
          args.meant = permString(parseInt(src, 8));
          report(range, args, [{ titleId: 'quote', args: { to: args.to }, edits: [{ range, newText: args.to }], preferred: true }], variant);
        } else if (which === 'leadingZero' && /^0[0-7]+$/.test(src)) {
          const to = `"${src}"`;
          report(range, { key, value: src, decimal: String(n), asDecimal: String(parseInt(src, 10)), to, meant: permString(n) },
            [{ titleId: 'quote', args: { to }, edits: [{ range, newText: to }], preferred: true }]);
        }
      }
    }
  }
}
