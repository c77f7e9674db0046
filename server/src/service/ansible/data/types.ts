// The shapes of our Ansible knowledge: modules with their options, playbook keywords by level, Jinja filters and
// tests, magic, fact and connection variables. Written by us from the documented facts (ansible-core 2.17 and the
// collections' documentation), in Korean and English; `test/data/ansible.test.ts` checks every table.
import type { NoteCitation } from '../../data/schema';
import type { Localized } from '../../types';

export type { NoteCitation, Localized };

/** An option's type as the module's argument spec declares it. */
export type OptionType = 'str' | 'bool' | 'int' | 'float' | 'path' | 'list' | 'dict' | 'raw' | 'jsonarg' | 'bytes';

export interface OptionSpec {
  type: OptionType;
  /** For `list`: the type of its items. */
  elements?: OptionType;
  required?: boolean;
  /** The documented default (omitted when there is none). */
  default?: string | number | boolean | null;
  /** The values the module accepts (checked when the value is a literal). */
  choices?: (string | number | boolean)[];
  aliases?: string[];
  /** One or two sentences: what it does, what to write. */
  desc: Localized;
}

export interface ModuleSpec {
  /** The fully qualified collection name (`ansible.builtin.apt`). */
  name: string;
  /** One line (the hover title, the completion detail). */
  summary: Localized;
  /** A few sentences: what it is for, whether it is idempotent, what to use instead when it is the wrong tool. */
  desc: Localized;
  /** Takes a free-form string (`command: ls -l`): the string is the `_raw_params` / `cmd`. */
  freeForm?: boolean;
  /**
   * false when `options` lists only the common options (no unknown-option diagnostics then). Default true: every
   * option of the module is listed, so an option not in the table is a mistake.
   */
  complete?: boolean;
  options: Record<string, OptionSpec>;
  /** Groups of options of which at most one may be given. */
  mutuallyExclusive?: string[][];
  /** Groups of options of which at least one must be given. */
  requiredOneOf?: string[][];
  /** Options that must be given together. */
  requiredTogether?: string[][];
  /** [option, value, options required when option == value]. */
  requiredIf?: [string, string | boolean | number, string[]][];
  /** Changes something on the host every time it runs unless guarded (command, shell, raw …). */
  notIdempotent?: boolean;
  notes?: NoteCitation[];
  /** The module's official documentation page. */
  docs: string;
}

/** Where a keyword may be written. `role`: an entry of a play's `roles:` list. */
export type KeywordLevel = 'play' | 'role' | 'block' | 'task';

export interface KeywordSpec {
  name: string;
  levels: KeywordLevel[];
  /** What its value is: `bool`, `str`, `list`, `dict`, `int`, `jinja` (a bare expression, as in `when`), `tasks` (a task list). */
  type: 'bool' | 'str' | 'int' | 'list' | 'dict' | 'jinja' | 'tasks' | 'raw';
  desc: Localized;
  /** A keyword ansible-core still reads but advises against (with what to write instead). */
  deprecated?: Localized;
  notes?: NoteCitation[];
}

export interface FilterSpec {
  /** Short name (`dict2items`); `fqcn` when it lives in a collection (`ansible.utils.ipaddr`). */
  name: string;
  fqcn?: string;
  /** The call as written after `|`: `default(value, boolean=false)`. */
  signature: string;
  desc: Localized;
  notes?: NoteCitation[];
}

export interface VariableSpec {
  name: string;
  /** magic: set by Ansible for every host; fact: gathered by `setup` (`ansible_facts.*`); connection: a behavioural inventory variable. */
  kind: 'magic' | 'fact' | 'connection';
  desc: Localized;
  notes?: NoteCitation[];
}
