import type { DockerfileCheck } from '../parse';
import { instructionsOf } from '../build';
import { commands, shellText } from '../model';

/** DF014: `sudo` in RUN: builds already run as root until USER changes it; sudo adds a setuid binary and a TTY trap. */
export const check: DockerfileCheck = {
  rule: 'DF014',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const { ins } of instructionsOf(model, dockerfile, 'RUN')) {
      if (commands(shellText(model, ins)).some((c) => /^sudo\s/.test(c))) report(ins.getInstructionRange());
    }
  },
};
