import { structureRule } from './structure';

/** ANS003: `ansible.builtin.X` (or `ansible.legacy.X`) where ansible-core ships no module X. */
export const check = structureRule('ANS003');
