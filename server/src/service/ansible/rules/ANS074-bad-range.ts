import { inventoryRule } from './inventoryIssues';

/** ANS074: A host range Ansible cannot read. */
export const check = inventoryRule('ANS074');
