import { structureRule } from './structure';

/** ANS011: Options of which at most one may be given, given together. */
export const check = structureRule('ANS011');
