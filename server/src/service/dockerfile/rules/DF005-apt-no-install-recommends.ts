import type { DockerfileCheck } from '../parse';
import { commands, shellText } from '../model';
import { insertFlagFix } from '../fixes';

/**
 * DF005: `apt-get install` without `--no-install-recommends` pulls in recommended packages the container does not need
 * (002 › 이미지 경량화 전략: only what is needed). The quick fix adds the flag.
 */
export const check: DockerfileCheck = {
  rule: 'DF005',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const ins of dockerfile.getInstructions()) {
      if (ins.getKeyword() !== 'RUN') continue;
      const text = shellText(model, ins);
      const bad = commands(text).filter((c) => /\bapt-get\s+(?:-\S+\s+)*install\b/.test(c) && !/--no-install-recommends|APT::Install-Recommends/.test(c));
      if (!bad.length) continue;
      report(ins.getInstructionRange(), {}, insertFlagFix(model, ins, /\bapt-get(\s+(?:-\S+\s+)*)install\b/, '--no-install-recommends'));
    }
  },
};
