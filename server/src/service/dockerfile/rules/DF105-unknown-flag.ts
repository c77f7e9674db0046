import { structuralCheck, ValidationCode, type StructuralResult } from '../structural';
import { closest } from '../../text';

export const FLAGS: Record<string, string[]> = {
  FROM: ['platform'],
  ADD: ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'exclude', 'unpack'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
  RUN: ['mount', 'network', 'security'],
};

/** DF105: a flag the instruction does not have (`COPY --chwon`, `FROM --plattform`); offers the closest one. */
export const check = structuralCheck(
  'DF105',
  [ValidationCode.UNKNOWN_ADD_FLAG, ValidationCode.UNKNOWN_COPY_FLAG, ValidationCode.UNKNOWN_FROM_FLAG, ValidationCode.UNKNOWN_HEALTHCHECK_FLAG],
  ({ code, text, range }): StructuralResult => {
    const kw = code === ValidationCode.UNKNOWN_ADD_FLAG ? 'ADD' : code === ValidationCode.UNKNOWN_COPY_FLAG ? 'COPY' : code === ValidationCode.UNKNOWN_FROM_FLAG ? 'FROM' : 'HEALTHCHECK';
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
