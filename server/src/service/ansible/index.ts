// Ansible: playbooks, task and handler files, vars files and inventories (INI and YAML).
import type { FormatProvider } from '../provider';
import { ansibleFacts, ansibleSymbols } from './navigation';
import { ENTRY_PREFIX, resolveEntry } from './entries';
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
import { check as ANS070 } from './rules/ANS070-inventory-var-typo';
import { check as ANS071 } from './rules/ANS071-inventory-bare-word';
import { check as ANS072 } from './rules/ANS072-undefined-group';
import { check as ANS073 } from './rules/ANS073-bad-section';
import { check as ANS074 } from './rules/ANS074-bad-range';
import { check as ANS075 } from './rules/ANS075-duplicate-section';

export const ansibleProvider: FormatProvider = {
  formats: ['ansible-playbook', 'ansible-tasks', 'ansible-vars', 'ansible-inventory'],
  checks: [
    ANS001,
    ANS002,
    ANS003,
    ANS004,
    ANS005,
    ANS006,
    ANS007,
    ANS008,
    ANS009,
    ANS010,
    ANS011,
    ANS012,
    ANS013,
    ANS014,
    ANS015,
    ANS016,
    ANS070,
    ANS071,
    ANS072,
    ANS073,
    ANS074,
    ANS075,
  ],
  symbols: ansibleSymbols,
  facts: ansibleFacts,
  entries: { prefix: ENTRY_PREFIX, resolve: resolveEntry },
};
