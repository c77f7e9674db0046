// Playbook keywords and where each may be written (ansible-core 2.17's "Playbook Keywords" page): the structure the
// unknown-keyword check and completion read. What each keyword does, in Korean and English, is `keyword-docs.ts`.
import type { KeywordLevel } from './types';

const COMMON = [
  'any_errors_fatal', 'become', 'become_exe', 'become_flags', 'become_method', 'become_user', 'check_mode', 'collections',
  'connection', 'debugger', 'diff', 'environment', 'ignore_errors', 'ignore_unreachable', 'module_defaults', 'name', 'no_log',
  'port', 'remote_user', 'run_once', 'tags', 'throttle', 'timeout', 'vars',
];

const PLAY_ONLY = [
  'fact_path', 'force_handlers', 'gather_facts', 'gather_subset', 'gather_timeout', 'handlers', 'hosts', 'max_fail_percentage',
  'order', 'post_tasks', 'pre_tasks', 'roles', 'serial', 'strategy', 'tasks', 'vars_files', 'vars_prompt',
];
const ROLE_ONLY = ['delegate_facts', 'delegate_to', 'when', 'role'];
const BLOCK_ONLY = ['always', 'block', 'delegate_facts', 'delegate_to', 'notify', 'rescue', 'when'];
const TASK_ONLY = [
  'action', 'args', 'async', 'changed_when', 'delay', 'delegate_facts', 'delegate_to', 'failed_when', 'local_action', 'loop',
  'loop_control', 'notify', 'poll', 'register', 'retries', 'until', 'when', 'listen',
];

function table(): Map<string, Set<KeywordLevel>> {
  const m = new Map<string, Set<KeywordLevel>>();
  const add = (names: string[], level: KeywordLevel) => {
    for (const n of names) {
      let s = m.get(n);
      if (!s) m.set(n, (s = new Set()));
      s.add(level);
    }
  };
  for (const level of ['play', 'role', 'block', 'task'] as const) add(COMMON, level);
  add(PLAY_ONLY, 'play');
  add(ROLE_ONLY, 'role');
  add(BLOCK_ONLY, 'block');
  add(TASK_ONLY, 'task');
  return m;
}

/** Every keyword with the levels it belongs to. `listen` is a handler's (a task in `handlers`); `role` names a role entry. */
export const KEYWORD_LEVELS: ReadonlyMap<string, ReadonlySet<KeywordLevel>> = table();

/** Keywords whose value is a bare Jinja expression, written without `{{ }}` (the keyword table's type `jinja`). */
export const EXPRESSION_KEYWORDS: ReadonlySet<string> = new Set(['when', 'changed_when', 'failed_when', 'until']);

/** Loop keywords of the `with_<lookup>` family that ansible-core's lookups provide (any `with_<name>` is read as a lookup). */
export const WITH_LOOKUPS = [
  'with_items', 'with_list', 'with_dict', 'with_fileglob', 'with_first_found', 'with_together', 'with_subelements', 'with_nested',
  'with_sequence', 'with_random_choice', 'with_indexed_items', 'with_flattened', 'with_lines', 'with_file', 'with_inventory_hostnames',
  'with_cartesian', 'with_env', 'with_template', 'with_url', 'with_dict2items', 'with_community.general.filetree',
];

/** Keywords removed from ansible-core that a learner may still copy from old material. */
export const REMOVED_KEYWORDS: Record<string, { since: string; instead: string }> = {
  include: { since: '2.16', instead: 'include_tasks / import_tasks / import_playbook' },
  sudo: { since: '2.9', instead: 'become' },
  sudo_user: { since: '2.9', instead: 'become_user' },
  su: { since: '2.9', instead: 'become' },
  su_user: { since: '2.9', instead: 'become_user' },
  always_run: { since: '2.6', instead: 'check_mode: false' },
};
