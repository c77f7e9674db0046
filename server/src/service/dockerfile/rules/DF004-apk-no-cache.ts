import type { DockerfileCheck } from '../parse';
import { shellText } from '../model';
import { insertFlagFix } from '../fixes';
import { shippingRuns, runPackages } from '../build';

/**
 * DF004: `apk add` without `--no-cache` leaves the package index in the layer. The notes (002 › 이미지 경량화 전략)
 * ask for `--no-cache` on every apk call. The quick fix inserts it. A cache or tmpfs mount on /var/cache/apk, a
 * `rm -rf /var/cache/apk` in the same RUN, or a build stage whose layers never reach the final image need nothing.
 */
export const check: DockerfileCheck = {
  rule: 'DF004',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const b of shippingRuns(model, dockerfile, /^\/(?:var\/cache\/apk|var\/cache|etc\/apk\/cache)\/?$/)) {
      const { ins } = b;
      const text = shellText(model, ins);
      const offending = runPackages(model, ins).filter((c) => c.manager === 'apk' && c.action === 'add' && !c.words.includes('--no-cache'));
      if (!offending.length) continue;
      // `apk update && apk add …  && rm -rf /var/cache/apk/*` cleans up by hand: fine.
      if (/rm\s+-[rf]+\s+\/var\/cache\/apk/.test(text)) continue;
      report(ins.getInstructionRange(), {}, insertFlagFix(model, ins, /\bapk(\s+)add\b/, '--no-cache') ?? []);
    }
  },
};
