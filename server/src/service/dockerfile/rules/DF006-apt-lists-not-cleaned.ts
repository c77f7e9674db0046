import type { DockerfileCheck } from '../parse';
import { shellText } from '../model';
import { shippingRuns, runPackages } from '../build';

/**
 * DF006: `apt-get update`/`install` (or `apt`, `aptitude`) in a RUN that does not remove `/var/lib/apt/lists/*`
 * afterwards: the package lists (tens of MB) stay in that layer for good. Clean up in the same RUN
 * (002 › 이미지 경량화 전략). A cache or tmpfs mount on the apt folders, or a build stage whose layers never reach the
 * final image, needs no cleanup.
 */
export const check: DockerfileCheck = {
  rule: 'DF006',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const b of shippingRuns(model, dockerfile, /^\/var\/(?:lib\/apt(?:\/lists)?|cache\/apt|lib|cache)\/?$/)) {
      const { ins } = b;
      const text = shellText(model, ins);
      if (!runPackages(model, ins).some((c) => c.manager === 'apt' && (c.action === 'update' || c.action === 'install'))) continue;
      if (/\/var\/lib\/apt\/lists/.test(text) || /apt(?:-get)?\s+(?:-\S+\s+)*clean\b.*rm\s/.test(text)) continue;
      report(ins.getInstructionRange());
    }
  },
};
