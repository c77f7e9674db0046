import { structureRule } from './structure';

/** ANS008: A literal value not among the option's choices. */
export const check = structureRule('ANS008');
