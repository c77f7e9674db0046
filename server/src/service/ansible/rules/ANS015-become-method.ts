import { structureRule } from './structure';

/** ANS015: A `become_method` that is no become plugin we know. */
export const check = structureRule('ANS015');
