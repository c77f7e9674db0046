import { structureRule } from './structure';

/** ANS013: Options that go together, given only in part. */
export const check = structureRule('ANS013');
