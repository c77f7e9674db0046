import type { DockerfileCheck } from '../parse';
import { argValues, isExecForm, shellText } from '../model';
import { buildInstructions } from '../build';

/**
 * DF025 (info): a shell-form RUN with a pipe (`curl … | tar x`) and no `pipefail`: the shell reports only the last
 * command's status, so a failed download goes unnoticed. Quiet when the RUN sets `-o pipefail` (or `set -eo pipefail`),
 * when a SHELL instruction before it in the stage turns it on, or when the shell is not POSIX (PowerShell, cmd).
 */
export const check: DockerfileCheck = {
  rule: 'DF025',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    const pipefailIn = new Set<unknown>();
    const windowsIn = new Set<unknown>();
    for (const b of buildInstructions(model, dockerfile)) {
      const { ins, stage } = b;
      const kw = ins.getKeyword();
      if (kw === 'SHELL') {
        const args = argValues(ins).join(' ');
        if (/pipefail/.test(args)) pipefailIn.add(stage);
        else pipefailIn.delete(stage);
        if (/powershell|pwsh|cmd(?:\.exe)?\b/i.test(args)) windowsIn.add(stage);
        continue;
      }
      if (kw !== 'RUN' || isExecForm(ins) || pipefailIn.has(stage) || windowsIn.has(stage)) continue;
      const text = shellText(model, ins);
      if (/pipefail/.test(text) || /<</.test(ins.getArgumentsContent() ?? '')) continue;
      // A single `|` outside quotes (not `||`).
      // Quotes and command substitutions (a pipe inside `…` or $(…) is not the RUN's pipeline) are blanked first.
      const unquoted = text.replace(/'[^']*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\$\([^()]*\)/g, '""');
      const m = /(?:^|[^|])\|(?!\|)/.exec(unquoted);
      if (!m) continue;
      const left = unquoted.slice(0, m.index + 1).split(/&&|;|\|\|/).pop()?.trim() ?? '';
      const right = unquoted.slice(m.index + m[0].length).split(/&&|;|\|\||\|/)[0].trim();
          // Printing a constant cannot fail: `echo … | sha256sum -c`, `{ echo …; } | debconf-set-selections`.
      if (/^(?:yes|echo|printf|\}|true)\b|^\}/.test(left) || !left) continue;
      report(ins.getInstructionRange(), { command: `${left.split(/\s+/).slice(0, 3).join(' ')} | ${right.split(/\s+/)[0]}` });
    }
  },
};
