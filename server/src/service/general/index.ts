import type { Check } from '../rules/check';
import { check as GEN001 } from './GEN001-file-too-large';
import { check as GEN002 } from './GEN002-binary-file';
import { check as YAML001 } from './YAML001-yaml-syntax';
import { check as YAML002 } from './YAML002-alias-expansion';

/** Checks on the file itself (size, binary content, YAML syntax), whatever its format. */
export const generalChecks: readonly Check[] = [GEN001, GEN002, YAML001, YAML002];
