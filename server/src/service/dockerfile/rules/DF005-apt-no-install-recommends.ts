import type { DockerfileCheck } from '../parse';
import { commands, shellText } from '../analysis';

/**
 * DF005: `apt-get install` without `--no-install-recommends` pulls in recommended packages the container does not need
 * (002 › 이미지 경량화 전략: only what is needed). The quick fix adds the flag.
 */
export const check: DockerfileCheck = {
  rule: 'DF005',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const ins of dockerfile.getInstructions()) {
      if (ins.getKeyword() !== 'RUN') continue;
      const text = shellText(model, ins);
      const bad = commands(text).filter((c) => /\bapt-get\s+(?:-\S+\s+)*install\b/.test(c) && !/--no-install-recommends|APT::Install-Recommends/.test(c));
      if (!bad.length) continue;
      const start = model.index.offsetAt(ins.getRange().start);
      const raw = model.text.slice(start, model.index.offsetAt(ins.getRange().end));
      const edits = [];
      const re = /\bapt-get(\s+(?:-\S+\s+)*)install\b(?![^\n&|;]*--no-install-recommends)/g;
      for (let m = re.exec(raw); m; m = re.exec(raw)) {
        const at = model.index.positionAt(start + m.index + m[0].length);
        edits.push({ range: { start: at, end: at }, newText: ' --no-install-recommends' });
      }
      report(ins.getInstructionRange(), {}, edits.length ? [{ titleId: 'addFlag', edits, preferred: true }] : undefined);
    }
  },
};
