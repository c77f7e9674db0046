import { structureRule } from './structure';

/** ANS010: A required option missing (not when the options come from Jinja). */
export const check = structureRule('ANS010');
