import type { FormatProvider } from '../provider';
import type { YamlDocModel } from '../kinds/yaml';
import { kustomizeFacts } from './model';
import { kustomizeDefinition, kustomizeLinks, kustomizeSymbols } from './navigation';
import { kustomizeHover } from './hover';
import { kustomizeComplete } from './complete';
import { check as KUS001 } from './rules/KUS001-missing-path';
import { check as KUS002 } from './rules/KUS002-cycle';
import { check as KUS003 } from './rules/KUS003-ignored-path';
import { check as KUS004 } from './rules/KUS004-outside-workspace';
import { check as KUS005 } from './rules/KUS005-unknown-field';
import { check as KUS006 } from './rules/KUS006-field-case';
import { check as KUS007 } from './rules/KUS007-wrong-type';
import { check as KUS008 } from './rules/KUS008-invalid-value';
import { check as KUS009 } from './rules/KUS009-ignored-value';
import { check as KUS010 } from './rules/KUS010-deprecated-field';
import { check as KUS011 } from './rules/KUS011-json-patch';
import { check as KUS012 } from './rules/KUS012-patch-matches-nothing';
import { check as KUS013 } from './rules/KUS013-target-matches-nothing';
import { check as KUS014 } from './rules/KUS014-replicas-match-nothing';
import { check as KUS015 } from './rules/KUS015-image-matches-nothing';
import { check as KUS016 } from './rules/KUS016-nothing-to-merge';

/** Kustomize: the paths a kustomization refers to (more features come with the Kustomize issue). */
export const kustomizeProvider: FormatProvider<YamlDocModel> = {
  formats: ['kustomize'],
  checks: [KUS001, KUS002, KUS003, KUS004, KUS005, KUS006, KUS007, KUS008, KUS009, KUS010, KUS011, KUS012, KUS013, KUS014, KUS015, KUS016],
  hover: kustomizeHover,
  complete: kustomizeComplete,
  definition: kustomizeDefinition,
  links: kustomizeLinks,
  facts: kustomizeFacts,
  symbols: kustomizeSymbols,
};
