// Every check of the service, one per rule. Adding a rule: a data entry in server/data/rules/<format>.yaml,
// a file <ID>-<slug>.ts exporting `check`, a line here, and a test in test/unit/rules/.
import type { Check } from './rules/check';
import { check as GEN001 } from './general/GEN001-file-too-large';
import { check as GEN002 } from './general/GEN002-binary-file';
import { check as YAML001 } from './general/YAML001-yaml-syntax';
import { check as DF001 } from './dockerfile/rules/DF001-add-local-file';
import { check as K8S001 } from './kubernetes/rules/K8S001-image-tag';

export const ALL_CHECKS: readonly Check[] = [GEN001, GEN002, YAML001, DF001, K8S001];
