import { structuralCheck, type StructuralCode } from '../structural';

const VARIANT: Partial<Record<StructuralCode, string>> = {
  argumentMissing: 'missing',
  argumentExtra: 'extra',
  argumentUnnecessary: 'extra',
  argumentAtLeastOne: 'atLeastOne',
  argumentTwo: 'two',
  argumentAtLeastTwo: 'atLeastTwo',
  argumentOneOrThree: 'oneOrThree',
  healthcheckCmdMissing: 'healthcheckCmd',
  shellRequiresOne: 'atLeastOne',
  noSourceImage: 'noSource',
};

/** DF101: an instruction with too few or too many arguments (`COPY app` without a destination, `ENV` alone…). */
export const check = structuralCheck('DF101', Object.keys(VARIANT) as StructuralCode[], ({ code, range }, { dockerfile }) => {
  const ins = dockerfile.getInstructions().find((i) => i.getRange().start.line <= range.start.line && range.start.line <= i.getRange().end.line);
  return { args: { instruction: ins?.getKeyword() ?? '' }, variant: VARIANT[code] };
});
