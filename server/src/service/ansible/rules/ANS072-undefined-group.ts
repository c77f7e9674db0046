import { inventoryRule } from './inventoryIssues';

/** ANS072: `[x:children]` naming a group the file never defines, or `[x:vars]` for a group never defined. */
export const check = inventoryRule('ANS072');
