import { inventoryRule } from './inventoryIssues';

/** ANS075: A group section written twice (Ansible merges them). */
export const check = inventoryRule('ANS075');
