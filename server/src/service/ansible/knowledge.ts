// All of our Ansible knowledge in one module, required on first use (lookup.ts) and bundled as a file of its own
// (esbuild.mjs, LAZY): a session that never opens an Ansible file never loads it. Add a new table here.
import type { FilterSpec, KeywordSpec, ModuleSpec, VariableSpec } from './data/types';
import { CORE_MODULES } from './data/modules-core';
import { SYSTEM_MODULES } from './data/modules-system';
import { KEYWORD_TEXTS } from './data/keyword-docs';
import { FILTERS, TESTS } from './data/jinja';
import { VARIABLES } from './data/variables';
import { FLOW_MODULES } from './data/modules-flow';

export interface AnsibleKnowledge {
  modules: ModuleSpec[];
  /** Keyword texts (levels come from data/keywords.ts). */
  keywords: KeywordSpec[];
  filters: FilterSpec[];
  tests: FilterSpec[];
  variables: VariableSpec[];
}

export const KNOWLEDGE: AnsibleKnowledge = {
  modules: [...CORE_MODULES, ...SYSTEM_MODULES, ...FLOW_MODULES],
  keywords: KEYWORD_TEXTS,
  filters: FILTERS,
  tests: TESTS,
  variables: VARIABLES,
};
