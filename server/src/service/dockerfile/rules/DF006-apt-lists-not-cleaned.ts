import type { DockerfileCheck } from '../parse';
import { flagValues, shellText } from '../model';

/**
 * DF006: `apt-get update`/`install` in a RUN that does not remove `/var/lib/apt/lists/*` afterwards: the package
 * lists (tens of MB) stay in that layer for good. Clean up in the same RUN (002 › 이미지 경량화 전략).
 */
export const check: DockerfileCheck = {
  rule: 'DF006',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const ins of dockerfile.getInstructions()) {
      if (ins.getKeyword() !== 'RUN') continue;
      // a cache mount keeps the lists out of the layer
      if (flagValues(ins, 'mount').some((m) => /type=cache/.test(m) && /\/var\/(lib|cache)\/apt/.test(m))) continue;
      const text = shellText(model, ins);
      if (!/\bapt-get\s+(?:-\S+\s+)*(update|install)\b/.test(text)) continue;
      if (/\/var\/lib\/apt\/lists/.test(text) || /apt-get\s+(?:-\S+\s+)*clean\b.*rm\s/.test(text)) continue;
      report(ins.getInstructionRange());
    }
  },
};
