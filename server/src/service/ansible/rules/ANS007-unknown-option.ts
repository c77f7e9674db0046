import { structureRule } from './structure';

/** ANS007: An option the module does not have (modules with complete tables), with the closest one. */
export const check = structureRule('ANS007');
