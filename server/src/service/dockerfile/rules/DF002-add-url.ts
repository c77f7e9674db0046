import type { DockerfileCheck } from '../parse';
import { argValues, flag } from '../model';
import { instructionsOf, unquote } from '../build';

const URL = /^https?:\/\//i;

/**
 * DF002: ADD of a URL. The download is not verified unless `--checksum` is given, and failures are hard to see
 * (002 › Dockerfile); `RUN curl -fsSL … && sha256sum -c` or `ADD --checksum=sha256:…` make it explicit.
 */
export const check: DockerfileCheck = {
  rule: 'DF002',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const { ins } of instructionsOf(model, dockerfile, 'ADD')) {
      if (flag(ins, 'checksum')) continue;
      const args = argValues(ins).map(unquote);
      const urls = args.slice(0, -1).filter((a) => URL.test(a) && !/\.git(#.*)?$/.test(a));
      if (urls.length) report(ins.getInstructionRange(), { url: urls[0] });
    }
  },
};
