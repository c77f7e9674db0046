// Ansible: playbooks, task and handler files, vars files and inventories (INI and YAML).
import type { FormatProvider } from '../provider';
import { ansibleFacts, ansibleSymbols } from './navigation';
import { ENTRY_PREFIX, resolveEntry } from './entries';
import { ansibleHover } from './hover';
import { ansibleComplete } from './complete';
import { check as ANS050 } from './rules/ANS050-unknown-handler';
import { check as ANS051 } from './rules/ANS051-unused-handler';
import { check as ANS052 } from './rules/ANS052-changed-when-handler';
import { check as ANS053 } from './rules/ANS053-missing-role';
import { check as ANS054 } from './rules/ANS054-missing-include';
import { check as ANS055 } from './rules/ANS055-missing-src';
import { check as ANS056 } from './rules/ANS056-unknown-hosts';
import { check as ANS057 } from './rules/ANS057-undefined-variable';

export const ansibleProvider: FormatProvider = {
  formats: ['ansible-playbook', 'ansible-tasks', 'ansible-vars', 'ansible-meta', 'ansible-inventory'],
  checks: [
    ANS050, ANS051, ANS052, ANS053, ANS054, ANS055, ANS056, ANS057,
  ],
  hover: ansibleHover,
  complete: ansibleComplete,
  symbols: ansibleSymbols,
  facts: ansibleFacts,
  entries: { prefix: ENTRY_PREFIX, resolve: resolveEntry },
};
