import type { DockerfileCheck } from '../parse';
import { insertFlagFix } from '../fixes';
import { shippingRuns, runPackages, stageEnv } from '../build';

/** pip reads PIP_NO_CACHE_DIR with its boolean parser: these turn the cache off. */
const TRUTHY = /^(?:1|true|yes|on|y|t)$/i;

/**
 * DF007: `pip install` (pip, pip2, pip3, `python -m pip`) without `--no-cache-dir` keeps pip's download cache in the
 * layer. The quick fix adds it. Quiet when the stage (or a stage it is built FROM) sets `ENV PIP_NO_CACHE_DIR` to a
 * true value, the RUN sets it, a cache or tmpfs mount holds the cache, or the stage never reaches the final image.
 */
export const check: DockerfileCheck = {
  rule: 'DF007',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const b of shippingRuns(model, dockerfile, /^\/(?:root\/\.cache(?:\/pip)?|root|tmp|home\/[^/]+\/\.cache(?:\/pip)?)\/?$/)) {
      const { ins } = b;
      if (TRUTHY.test(stageEnv(b.stage, 'PIP_NO_CACHE_DIR', b.onbuild ?? ins) ?? '')) continue;
      const bad = runPackages(model, ins).filter((c) => c.manager === 'pip' && c.action === 'install' && !c.words.includes('--no-cache-dir') && !/\bPIP_NO_CACHE_DIR=(?:1|true|yes|on)\b/i.test(c.text));
      if (!bad.length) continue;
      report(ins.getInstructionRange(), {}, insertFlagFix(model, ins, /\b(?:pip[23]?|python[\d.]*\s+-m\s+pip[23]?)(\s+(?:-\S+\s+)*)install\b/, '--no-cache-dir'));
    }
  },
};
