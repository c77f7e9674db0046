import type { DockerfileCheck } from '../parse';
import type { Instruction } from 'dockerfile-ast';
import { facts, flagsOf, isExecForm } from '../model';

export const MIN_RUNS = 2;

/**
 * DF003 (hint): two or more RUN instructions in a row. Each makes a layer; the notes (002 › 이미지 경량화 전략) teach
 * to chain them with `&&` in one RUN. The quick fix merges them.
 */
export const check: DockerfileCheck = {
  rule: 'DF003',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const stage of facts(model, dockerfile).stages) {
      let run: Instruction[] = [];
      const flush = () => {
        if (run.length >= MIN_RUNS) {
          const mergeable = run.every((r) => !isExecForm(r) && !flagsOf(r).length && !/<</.test(r.getArgumentsContent() ?? ''));
          const first = run[0];
          const last = run[run.length - 1];
          const fixes = mergeable
            ? [{
                titleId: 'merge',
                args: { count: String(run.length) },
                edits: [{
                  range: { start: first.getRange().start, end: last.getRange().end },
                  newText: `${first.getInstruction()} ` + run.map((r) => (r.getRawArgumentsContent() ?? '').trim()).join(' \\\n    && '),
                }],
              }]
            : undefined;
          report({ start: first.getRange().start, end: first.getInstructionRange().end }, { count: String(run.length), last: String(last.getRange().end.line + 1) }, fixes);
        }
        run = [];
      };
      for (const ins of stage.instructions) {
        if (ins.getKeyword() === 'RUN') run.push(ins);
        else flush();
      }
      flush();
    }
  },
};
