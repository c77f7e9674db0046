// All of our Ansible knowledge in one module, required on first use (lookup.ts) and bundled as a file of its own
// (esbuild.mjs, LAZY): a session that never opens an Ansible file never loads it. Add a new table here.
import type { FilterSpec, KeywordSpec, ModuleSpec, VariableSpec } from './data/types';
import { CORE_MODULES } from './data/modules-core';
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
  modules: [...CORE_MODULES, ...FLOW_MODULES],
  keywords: [],
  filters: [],
  tests: [],
  variables: [],
};
