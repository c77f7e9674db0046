import { inventoryRule } from './inventoryIssues';

/** ANS073: A section header Ansible cannot read. */
export const check = inventoryRule('ANS073');
