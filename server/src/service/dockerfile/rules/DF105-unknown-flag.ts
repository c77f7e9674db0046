import { structuralCheck, type StructuralResult } from '../structural';
import { closest } from '../../text';
import type { DockerfileCheck } from '../parse';
import { flagsOf } from '../model';

export const FLAGS: Record<string, string[]> = {
  FROM: ['platform'],
  ADD: ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'exclude', 'unpack'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
  RUN: ['mount', 'network', 'security'],
};

/** The structural validation checks the flags of ADD, COPY, FROM and HEALTHCHECK. */
const structural = structuralCheck(
  'DF105',
  ['unknownFlag'],
  ({ text, range, args }): StructuralResult => {
    const kw = args.instruction;
    const name = text.replace(/^--/, '');
    const suggestion = closest(name, FLAGS[kw]);
    if (!suggestion) return { args: { flag: `--${name}`, instruction: kw }, variant: 'noSuggestion' };
    const nameStart = { line: range.start.line, character: range.end.character - name.length };
    return {
      args: { flag: `--${name}`, instruction: kw, suggestion: `--${suggestion}` },
      fixes: [{ titleId: 'rename', args: { suggestion: `--${suggestion}` }, edits: [{ range: { start: nameStart, end: range.end }, newText: suggestion }], preferred: true }],
    };
  },
);

/**
 * DF105: a flag the instruction does not have (`COPY --chwon`, `FROM --plattform`, `RUN --mout`); offers the closest
 * one. RUN's flags (BuildKit) are checked here, the others in `validate.ts`.
 */
export const check: DockerfileCheck = {
  rule: 'DF105',
  formats: ['dockerfile'],
  run(ctx) {
    structural.run(ctx);
    for (const ins of ctx.unit.dockerfile.getInstructions()) {
      if (ins.getKeyword() !== 'RUN') continue;
      for (const f of flagsOf(ins)) {
        const name = f.getName();
        if (FLAGS.RUN.includes(name)) continue;
        const range = f.getNameRange();
        const suggestion = closest(name, FLAGS.RUN);
        if (!suggestion) ctx.report(f.getRange(), { flag: `--${name}`, instruction: 'RUN' }, undefined, 'noSuggestion');
        else ctx.report(f.getRange(), { flag: `--${name}`, instruction: 'RUN', suggestion: `--${suggestion}` }, [{ titleId: 'rename', args: { suggestion: `--${suggestion}` }, edits: [{ range, newText: suggestion }], preferred: true }]);
      }
    }
  },
};
