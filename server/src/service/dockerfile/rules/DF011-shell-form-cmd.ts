import type { DockerfileCheck } from '../parse';
import { facts, isExecForm } from '../model';

/**
 * DF011: CMD or ENTRYPOINT in shell form. The process then runs under `/bin/sh -c`, which does not pass on the
 * SIGTERM that `docker stop` sends (002 › 컨테이너 라이프 사이클): the app is killed after the timeout instead of
 * shutting down gracefully. The quick fix writes the JSON exec form when the command is a plain word list.
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
        // A CMD that only feeds arguments to an exec-form ENTRYPOINT is not run by a shell of its own… but shell-form
        // CMD still becomes ["/bin/sh", "-c", …] appended to it, which is rarely intended; report both.
        const words = content.split(/\s+/);
        const plain = words.every((w) => /^[\w@%+=:,./-]+$/.test(w));
        const json = JSON.stringify(words).replace(/","/g, '", "');
        const fixes = plain ? [{ titleId: 'toExec', edits: [{ range: ins.getArgumentsRange()!, newText: json }], preferred: true }] : undefined;
        // The example in the message is this command in JSON form; with shell syntax (a pipe, `&&`, a variable) the
        // exec form has to run the shell explicitly — and then `exec` hands the signals on to the program.
        const example = plain ? json : JSON.stringify(['sh', '-c', withExec(content.replace(/\s*\\?\n\s*/g, ' '))]).replace(/","/g, '", "');
        report(ins.getInstructionRange(), { instruction: kw, example }, fixes);
      }
    }
  },
};

/** `exec` before the last command of a `&&`/`;` chain (not into a pipeline), so the program gets the signals. */
function withExec(command: string): string {
  const m = /^(.*(?:&&|;)\s*)([^&;|]+)$/.exec(command);
  if (m) return `${m[1]}exec ${m[2].trim()}`;
  return /[|&;]/.test(command) ? command : `exec ${command}`;
}
