import { structureRule } from './structure';

/** ANS006: A task with keywords only: no module, no `action`. */
export const check = structureRule('ANS006');
