// Ansible: playbooks, task and handler files, vars files, a role's meta/main.yml and inventories (INI and YAML).
import type { FormatProvider } from '../provider';
import { ansibleFacts, ansibleSymbols } from './navigation';
import { ENTRY_PREFIX, resolveEntry } from './entries';
import { ansibleHover } from './hover';
import { ansibleComplete } from './complete';
import { check as ANS001 } from './rules/ANS001-unknown-keyword';
import { check as ANS002 } from './rules/ANS002-removed-keyword';
import { check as ANS003 } from './rules/ANS003-unknown-builtin-module';
import { check as ANS004 } from './rules/ANS004-module-typo';
import { check as ANS005 } from './rules/ANS005-conflicting-modules';
import { check as ANS006 } from './rules/ANS006-no-module';
import { check as ANS007 } from './rules/ANS007-unknown-option';
import { check as ANS008 } from './rules/ANS008-invalid-choice';
import { check as ANS009 } from './rules/ANS009-not-boolean';
import { check as ANS010 } from './rules/ANS010-missing-required-option';
import { check as ANS011 } from './rules/ANS011-mutually-exclusive-options';
import { check as ANS012 } from './rules/ANS012-required-one-of';
import { check as ANS013 } from './rules/ANS013-required-together';
import { check as ANS014 } from './rules/ANS014-loop-conflict';
import { check as ANS015 } from './rules/ANS015-become-method';
import { check as ANS016 } from './rules/ANS016-unquoted-jinja';
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
import { check as ANS038 } from './rules/ANS038-octal-mode';
import { check as ANS039 } from './rules/ANS039-unquoted-octal-mode';
import { check as ANS050 } from './rules/ANS050-unknown-handler';
import { check as ANS051 } from './rules/ANS051-unused-handler';
import { check as ANS052 } from './rules/ANS052-changed-when-handler';
import { check as ANS053 } from './rules/ANS053-missing-role';
import { check as ANS054 } from './rules/ANS054-missing-include';
import { check as ANS055 } from './rules/ANS055-missing-src';
import { check as ANS056 } from './rules/ANS056-unknown-hosts';
import { check as ANS057 } from './rules/ANS057-undefined-variable';
import { check as ANS070 } from './rules/ANS070-inventory-var-typo';
import { check as ANS071 } from './rules/ANS071-inventory-bare-word';
import { check as ANS072 } from './rules/ANS072-undefined-group';
import { check as ANS073 } from './rules/ANS073-bad-section';
import { check as ANS074 } from './rules/ANS074-bad-range';
import { check as ANS075 } from './rules/ANS075-duplicate-section';

export const ansibleProvider: FormatProvider = {
  formats: ['ansible-playbook', 'ansible-tasks', 'ansible-vars', 'ansible-meta', 'ansible-inventory'],
  checks: [
    ANS001, ANS002, ANS003, ANS004, ANS005, ANS006, ANS007, ANS008, ANS009, ANS010, ANS011, ANS012, ANS013, ANS014,
    ANS015, ANS016, ANS020, ANS021, ANS022, ANS023, ANS024, ANS025, ANS026, ANS027, ANS028, ANS029, ANS030, ANS031,
    ANS032, ANS033, ANS034, ANS035, ANS036, ANS037, ANS038, ANS039, ANS050, ANS051, ANS052, ANS053, ANS054, ANS055,
    ANS056, ANS057, ANS070, ANS071, ANS072, ANS073, ANS074, ANS075,
  ],
  hover: ansibleHover,
  complete: ansibleComplete,
  symbols: ansibleSymbols,
  facts: ansibleFacts,
  entries: { prefix: ENTRY_PREFIX, resolve: resolveEntry },
};
