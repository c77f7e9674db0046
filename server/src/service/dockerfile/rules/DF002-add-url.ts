import type { DockerfileCheck } from '../parse';
import { argValues, flag } from '../model';

const URL = /^https?:\/\//i;

/**
 * DF002: ADD of a URL. The download is not verified unless `--checksum` is given, and failures are hard to see
 * (002 › Dockerfile); `RUN curl -fsSL … && sha256sum -c` or `ADD --checksum=sha256:…` make it explicit.
 */
export const check: DockerfileCheck = {
  rule: 'DF002',
  formats: ['dockerfile'],
  run({ unit: { dockerfile }, report }) {
    for (const ins of dockerfile.getInstructions()) {
      if (ins.getKeyword() !== 'ADD' || flag(ins, 'checksum')) continue;
      const args = argValues(ins);
      const urls = args.slice(0, -1).filter((a) => URL.test(a) && !/\.git(#.*)?$/.test(a));
      if (urls.length) report(ins.getInstructionRange(), { url: urls[0] });
    }
  },
};
