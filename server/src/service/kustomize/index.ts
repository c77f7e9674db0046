import type { FormatProvider } from '../provider';
import type { YamlDocModel } from '../kinds/yaml';
import { kustomizeFacts } from './model';
import { kustomizeSymbols } from './navigation';
import { check as KUS001 } from './rules/KUS001-missing-path';
import { check as KUS002 } from './rules/KUS002-cycle';
import { check as KUS004 } from './rules/KUS004-outside-workspace';

/** Kustomize: the paths a kustomization refers to (more features come with the Kustomize issue). */
export const kustomizeProvider: FormatProvider<YamlDocModel> = {
  formats: ['kustomize'],
  checks: [KUS001, KUS002, KUS004],
  facts: kustomizeFacts,
  symbols: kustomizeSymbols,
};
