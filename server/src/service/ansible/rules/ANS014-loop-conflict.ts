import { structureRule } from './structure';

/** ANS014: `loop` with a `with_*` keyword (or two `with_*`) on one task. */
export const check = structureRule('ANS014');
