import { structureRule } from './structure';

/** ANS009: A boolean option given a literal that is not a boolean. */
export const check = structureRule('ANS009');
