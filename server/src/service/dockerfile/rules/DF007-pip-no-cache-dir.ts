import type { DockerfileCheck } from '../parse';
import { commands, flagValues, shellText } from '../model';
import { insertFlagFix } from '../fixes';

/** DF007: `pip install` without `--no-cache-dir` keeps pip's download cache in the layer. The quick fix adds it. */
export const check: DockerfileCheck = {
  rule: 'DF007',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    if (/PIP_NO_CACHE_DIR/.test(model.text)) return; // set once with ENV for every pip call
    for (const ins of dockerfile.getInstructions()) {
      if (ins.getKeyword() !== 'RUN') continue;
      if (flagValues(ins, 'mount').some((m) => /type=cache/.test(m))) continue;
      const text = shellText(model, ins);
      if (/PIP_NO_CACHE_DIR/.test(text)) continue;
      const bad = commands(text).filter((c) => /\bpip3?\s+(?:-\S+\s+)*install\b/.test(c) && !/--no-cache-dir/.test(c));
      if (!bad.length) continue;
      report(ins.getInstructionRange(), {}, insertFlagFix(model, ins, /\bpip3?(\s+(?:-\S+\s+)*)install\b/, '--no-cache-dir'));
    }
  },
};
