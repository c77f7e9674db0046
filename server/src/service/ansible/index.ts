// Ansible: playbooks, task and handler files, vars files and inventories (INI and YAML).
import type { FormatProvider } from '../provider';
import { ansibleFacts, ansibleSymbols } from './navigation';
import { ENTRY_PREFIX, resolveEntry } from './entries';
import { check as ANS020 } from './rules/ANS020-no-changed-when';
import { check as ANS021 } from './rules/ANS021-command-instead-of-module';
import { check as ANS022 } from './rules/ANS022-command-instead-of-shell';
import { check as ANS023 } from './rules/ANS023-risky-shell-pipe';
import { check as ANS024 } from './rules/ANS024-local-action';
import { check as ANS025 } from './rules/ANS025-literal-compare';
import { check as ANS026 } from './rules/ANS026-no-jinja-when';
import { check as ANS027 } from './rules/ANS027-partial-become';
import { check as ANS028 } from './rules/ANS028-package-latest';
import { check as ANS029 } from './rules/ANS029-name-missing';
import { check as ANS030 } from './rules/ANS030-name-casing';
import { check as ANS031 } from './rules/ANS031-bare-loop-variable';
import { check as ANS032 } from './rules/ANS032-var-naming';
import { check as ANS033 } from './rules/ANS033-truthy-value';
import { check as ANS034 } from './rules/ANS034-fqcn';
import { check as ANS035 } from './rules/ANS035-with-to-loop';
import { check as ANS036 } from './rules/ANS036-unknown-filter';
import { check as ANS037 } from './rules/ANS037-free-form-args';

export const ansibleProvider: FormatProvider = {
  formats: ['ansible-playbook', 'ansible-tasks', 'ansible-vars', 'ansible-inventory'],
  checks: [
    ANS020,
    ANS021,
    ANS022,
    ANS023,
    ANS024,
    ANS025,
    ANS026,
    ANS027,
    ANS028,
    ANS029,
    ANS030,
    ANS031,
    ANS032,
    ANS033,
    ANS034,
    ANS035,
    ANS036,
    ANS037,
  ],
  symbols: ansibleSymbols,
  facts: ansibleFacts,
  entries: { prefix: ENTRY_PREFIX, resolve: resolveEntry },
};
