import { structureRule } from './structure';

/** ANS012: None of a group of options of which one is needed. */
export const check = structureRule('ANS012');
