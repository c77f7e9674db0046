import { inventoryRule } from './inventoryIssues';

/** ANS070: An inventory variable that is a typo of a behavioural one (`anssible_host` → `ansible_host`). */
export const check = inventoryRule('ANS070');
