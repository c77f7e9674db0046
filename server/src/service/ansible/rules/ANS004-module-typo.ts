import { structureRule } from './structure';

/** ANS004: A module name we do not know that is one or two letters away from one we know (`aptt` → `apt`, `synchronise` → `ansible.posix.synchronize`); far names stay quiet (collections we do not know). */
export const check = structureRule('ANS004');
