import type { DockerfileCheck } from '../parse';
import { facts, flag } from '../model';

/**
 * DF023 (info): `FROM --platform=<constant>` pins the stage to one platform (built elsewhere it runs emulated, or
 * fails); `--platform=$TARGETPLATFORM` says what FROM does anyway. `$BUILDPLATFORM` — the cross-compilation pattern —
 * and other variables are left alone.
 */
export const check: DockerfileCheck = {
  rule: 'DF023',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const { from } of facts(model, dockerfile).stages) {
      const f = flag(from, 'platform');
      const platform = f?.getValue();
      const range = f?.getRange();
      if (!platform || !range) continue;
      if (/^\$\{?TARGETPLATFORM\}?$/.test(platform)) report(range, { platform }, undefined, 'redundant');
      else if (!platform.includes('$')) report(range, { platform });
    }
  },
};
