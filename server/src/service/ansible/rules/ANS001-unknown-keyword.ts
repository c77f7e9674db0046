import { structureRule } from './structure';

/** ANS001: A key that is not a keyword of its level (play, block, task, handler): a typo (`resister` → `register`), a keyword of another level (`hosts` in a task, `notify` on a play), `listen` outside handlers. */
export const check = structureRule('ANS001');
