import { inventoryRule } from './inventoryIssues';

/** ANS071: A word after a host (or a `:vars` line) without `=`: Ansible cannot read the inventory (`ansible_user-ubuntu` → `ansible_user=ubuntu`). */
export const check = inventoryRule('ANS071');
