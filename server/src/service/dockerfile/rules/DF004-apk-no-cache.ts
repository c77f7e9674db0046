import type { DockerfileCheck } from '../parse';
import { commands, shellText } from '../model';
import { insertFlagFix } from '../fixes';

/**
 * DF004: `apk add` without `--no-cache` leaves the package index in the layer. The notes (002 › 이미지 경량화 전략)
 * ask for `--no-cache` on every apk call. The quick fix inserts it.
 */
export const check: DockerfileCheck = {
  rule: 'DF004',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const ins of dockerfile.getInstructions()) {
      if (ins.getKeyword() !== 'RUN') continue;
      const text = shellText(model, ins);
      if (!/\bapk\b/.test(text)) continue;
      const offending = commands(text).filter((c) => /^(?:\S+=\S+\s+)*apk\s+(?:[^a]\S*\s+)*add\b/.test(c) && !/--no-cache\b/.test(c));
      if (!offending.length) continue;
      // `apk update && apk add …  && rm -rf /var/cache/apk/*` cleans up by hand: fine.
      if (/rm\s+-[rf]+\s+\/var\/cache\/apk/.test(text)) continue;
      report(ins.getInstructionRange(), {}, insertFlagFix(model, ins, /\bapk(\s+)add\b/, '--no-cache') ?? []);
    }
  },
};
