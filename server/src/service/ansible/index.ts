// Ansible: playbooks, task and handler files, vars files and inventories. Today: the Outline and the facts other
// files need (plays, handlers, tasks, roles, inventory groups and hosts); checks, hovers and completion come with the
// Ansible issue.
import type { FormatProvider } from '../provider';
import { ansibleFacts, ansibleSymbols } from './navigation';

export const ansibleProvider: FormatProvider = {
  formats: ['ansible-playbook', 'ansible-tasks', 'ansible-vars', 'ansible-inventory'],
  checks: [],
  symbols: ansibleSymbols,
  facts: ansibleFacts,
};
