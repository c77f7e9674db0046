import type { DockerfileCheck } from '../parse';
import { facts, isExecForm, shellText, type Stage } from '../model';
import { execForm, jsonList, shellList } from '../execForm';

/**
 * DF011: CMD or ENTRYPOINT in shell form. The process then runs under `/bin/sh -c`, which does not pass on the
 * SIGTERM that `docker stop` sends (002 › 컨테이너 라이프 사이클): the app is killed after the timeout instead of
 * shutting down gracefully.
 * - The command is a list of words (quotes handled as the shell would): the message shows it in JSON form and the
 *   quick fix writes it.
 * - It uses the shell (`&&`, a pipe, `$VAR`, a glob …): no JSON list runs the same thing, so there is no fix; the
 *   message says which piece needs the shell and shows the explicit `sh -c` form with `exec`. (variant: needsShell)
 * Quiet for a command that starts with `exec` (the program replaces the shell and gets the signals, as Docker's
 * reference suggests) and after a SHELL instruction (the shell is another one, e.g. PowerShell).
 */
export const check: DockerfileCheck = {
  rule: 'DF011',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const stage of facts(model, dockerfile).stages) {
      for (const ins of stage.instructions) {
        const kw = ins.getKeyword();
        if (kw !== 'CMD' && kw !== 'ENTRYPOINT') continue;
        const content = (ins.getArgumentsContent() ?? '').trim();
        if (!content || isExecForm(ins) || content.startsWith('[')) continue;
        if (setsShell(stage, ins)) continue;
        const command = shellText(model, ins).trim();
        if (/^exec\s/.test(command)) continue;
        // A CMD that only feeds arguments to an exec-form ENTRYPOINT is not run by a shell of its own… but shell-form
        // CMD still becomes ["/bin/sh", "-c", …] appended to it, which is rarely intended; report both.
        const form = execForm(command);
        if ('words' in form) {
          const json = jsonList(form.words);
          const fixes = [{ titleId: 'toExec', edits: [{ range: ins.getArgumentsRange()!, newText: json }], preferred: true }];
          report(ins.getInstructionRange(), { instruction: kw, example: json }, fixes);
        } else {
          report(ins.getInstructionRange(), { instruction: kw, shell: form.shell, example: shellList(command) }, undefined, 'needsShell');
        }
      }
    }
  },
};

/** A SHELL instruction before `ins` in its stage or the stages it builds on: shell form does not mean /bin/sh then. */
function setsShell(stage: Stage, ins: import('dockerfile-ast').Instruction): boolean {
  for (let s: Stage | undefined = stage; s; s = s.parent) {
    for (const i of s.instructions) {
      if (i === ins) break;
      if (i.getKeyword() === 'SHELL') return true;
    }
  }
  return false;
}
