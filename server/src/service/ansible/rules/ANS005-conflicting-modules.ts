import { structureRule } from './structure';

/** ANS005: Two modules in one task ("conflicting action statements"). */
export const check = structureRule('ANS005');
