import type { DockerfileCheck } from '../parse';
import { facts, shellText } from '../model';
import { instructionsOf, mountsKeepOut, runPackages, reachesFinal } from '../build';

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
    const f = facts(model, dockerfile);
    for (const b of instructionsOf(model, dockerfile, 'RUN')) {
      const { ins } = b;
      if (!reachesFinal(f, b) || mountsKeepOut(ins, /^\/var\/(?:lib\/apt(?:\/lists)?|cache\/apt|lib|cache)\/?$/)) continue;
      const text = shellText(model, ins);
      if (!runPackages(model, ins).some((c) => c.manager === 'apt' && (c.action === 'update' || c.action === 'install'))) continue;
      if (/\/var\/lib\/apt\/lists/.test(text) || /apt(?:-get)?\s+(?:-\S+\s+)*clean\b.*rm\s/.test(text)) continue;
      report(ins.getInstructionRange());
    }
  },
};
