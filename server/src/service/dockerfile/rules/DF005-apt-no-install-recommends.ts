import type { DockerfileCheck } from '../parse';
import { insertFlagFix } from '../fixes';
import { shippingRuns, runPackages } from '../build';

/**
 * DF005: `apt-get install` (or `apt`, `aptitude`) without `--no-install-recommends` pulls in recommended packages
 * the container does not need (002 › 이미지 경량화 전략: only what is needed). The quick fix adds the flag. Build
 * stages whose layers never reach the final image are left alone.
 */
export const check: DockerfileCheck = {
  rule: 'DF005',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const b of shippingRuns(model, dockerfile)) {
      const bad = runPackages(model, b.ins).filter((c) => c.manager === 'apt' && c.program !== 'aptitude' && c.action === 'install' && !c.words.some((w) => /--no-install-recommends|APT::Install-Recommends/.test(w)));
      if (!bad.length) continue;
      report(b.ins.getInstructionRange(), {}, insertFlagFix(model, b.ins, /\bapt(?:-get)?(\s+(?:-\S+\s+)*)install\b/, '--no-install-recommends'));
    }
  },
};
