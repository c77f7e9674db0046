import type { DockerfileCheck } from '../parse';
import { instructionsOf } from '../build';
import { commands, shellText } from '../model';

/** DF013: `RUN cd /somewhere && …` — WORKDIR says it once, for every later instruction, and is easier to read. */
export const check: DockerfileCheck = {
  rule: 'DF013',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const { ins } of instructionsOf(model, dockerfile, 'RUN')) {
      const first = commands(shellText(model, ins))[0] ?? '';
      const m = /^cd\s+(\/[^\s;&|]*)$/.exec(first);
      if (m) report(ins.getInstructionRange(), { dir: m[1] });
    }
  },
};
