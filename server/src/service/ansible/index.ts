// Ansible: playbooks, task and handler files, vars files and inventories (INI and YAML).
import type { FormatProvider } from '../provider';
import { ansibleFacts, ansibleSymbols } from './navigation';
import { ENTRY_PREFIX, resolveEntry } from './entries';
import { ansibleHover } from './hover';
import { ansibleComplete } from './complete';

export const ansibleProvider: FormatProvider = {
  formats: ['ansible-playbook', 'ansible-tasks', 'ansible-vars', 'ansible-meta', 'ansible-inventory'],
  checks: [],
  hover: ansibleHover,
  complete: ansibleComplete,
  symbols: ansibleSymbols,
  facts: ansibleFacts,
  entries: { prefix: ENTRY_PREFIX, resolve: resolveEntry },
};
