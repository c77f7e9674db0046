import type { DockerfileCheck } from '../parse';

/** DF111: MAINTAINER is deprecated; the same information belongs in `LABEL maintainer="…"`. */
export const check: DockerfileCheck = {
  rule: 'DF111',
  formats: ['dockerfile'],
  run({ unit: { dockerfile }, report }) {
    for (const ins of dockerfile.getInstructions()) {
      if (ins.getKeyword() !== 'MAINTAINER') continue;
      const value = (ins.getArgumentsContent() ?? '').trim();
      const label = `LABEL maintainer="${value.replace(/^"(.*)"$/, '$1').replace(/(["\\])/g, '\\$1')}"`;
      const fixes = value ? [{ titleId: 'toLabel', edits: [{ range: ins.getRange(), newText: label }], preferred: true }] : undefined;
      report(ins.getInstructionRange(), {}, fixes);
    }
  },
};
