import { structuralCheck, ValidationCode } from '../structural';

const VARIANT: Partial<Record<ValidationCode, string>> = {
  [ValidationCode.ARGUMENT_MISSING]: 'missing',
  [ValidationCode.ARGUMENT_EXTRA]: 'extra',
  [ValidationCode.ARGUMENT_UNNECESSARY]: 'extra',
  [ValidationCode.ARGUMENT_REQUIRES_ONE]: 'one',
  [ValidationCode.ARGUMENT_REQUIRES_AT_LEAST_ONE]: 'atLeastOne',
  [ValidationCode.ARGUMENT_REQUIRES_TWO]: 'two',
  [ValidationCode.ARGUMENT_REQUIRES_AT_LEAST_TWO]: 'atLeastTwo',
  [ValidationCode.ARGUMENT_REQUIRES_ONE_OR_THREE]: 'oneOrThree',
  [ValidationCode.HEALTHCHECK_CMD_ARGUMENT_MISSING]: 'healthcheckCmd',
  [ValidationCode.SHELL_REQUIRES_ONE]: 'atLeastOne',
  [ValidationCode.NO_SOURCE_IMAGE]: 'noSource',
};

/** DF101: an instruction with too few or too many arguments (`COPY app` without a destination, `ENV` alone…). */
export const check = structuralCheck('DF101', Object.keys(VARIANT).map(Number) as ValidationCode[], ({ code, range }, { dockerfile }) => {
  const ins = dockerfile.getInstructions().find((i) => i.getRange().start.line <= range.start.line && range.start.line <= i.getRange().end.line);
  return { args: { instruction: ins?.getKeyword() ?? '' }, variant: VARIANT[code] };
});
