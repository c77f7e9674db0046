import { structuralCheck } from '../structural';

/** DF114: an empty line inside a `\` continuation — deprecated, and easy to misread as the end of the instruction. */
export const check = structuralCheck('DF114', ['emptyContinuationLine']);
