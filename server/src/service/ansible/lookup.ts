// Lookups over our Ansible knowledge (knowledge.ts, loaded on first use): modules by FQCN or short name, keywords,
// filters, tests and variables by name.
import type { FilterSpec, KeywordSpec, ModuleSpec, OptionSpec, VariableSpec } from './data/types';
import type { AnsibleKnowledge } from './knowledge';

/** Every module ansible-core 2.17 ships as `ansible.builtin.*` (the short names resolve to these first). */
export const BUILTIN_MODULES = [
  'add_host', 'apt', 'apt_key', 'apt_repository', 'assemble', 'assert', 'async_status', 'blockinfile', 'command', 'copy', 'cron',
  'deb822_repository', 'debconf', 'debug', 'dnf', 'dnf5', 'dpkg_selections', 'expect', 'fail', 'fetch', 'file', 'find',
  'gather_facts', 'get_url', 'getent', 'git', 'group', 'group_by', 'hostname', 'import_playbook', 'import_role', 'import_tasks',
  'include_role', 'include_tasks', 'include_vars', 'iptables', 'known_hosts', 'lineinfile', 'meta', 'mount_facts', 'package',
  'package_facts', 'pause', 'ping', 'pip', 'raw', 'reboot', 'replace', 'rpm_key', 'script', 'service', 'service_facts',
  'set_fact', 'set_stats', 'setup', 'shell', 'slurp', 'stat', 'subversion', 'systemd', 'systemd_service', 'sysvinit', 'tempfile',
  'template', 'unarchive', 'uri', 'user', 'validate_argument_spec', 'wait_for', 'wait_for_connection', 'yum', 'yum_repository',
];

interface Index {
  k: AnsibleKnowledge;
  byFqcn: Map<string, ModuleSpec>;
  byShort: Map<string, ModuleSpec>;
  keywords: Map<string, KeywordSpec>;
  filters: Map<string, FilterSpec>;
  tests: Map<string, FilterSpec>;
  variables: Map<string, VariableSpec>;
}

let index: Index | undefined;

function load(): Index {
  if (index) return index;
  const k = (require('./knowledge') as { KNOWLEDGE: AnsibleKnowledge }).KNOWLEDGE;
  const byFqcn = new Map<string, ModuleSpec>();
  const byShort = new Map<string, ModuleSpec>();
  for (const m of k.modules) byFqcn.set(m.name, m);
  // Short names: ansible.builtin first, then the collections in table order (ansible-core's routing redirects the old
  // short names of moved modules, such as `synchronize` or `docker_container`, to their collections).
  for (const m of k.modules) {
    const short = m.name.split('.').pop()!;
    const prev = byShort.get(short);
    if (!prev || (!prev.name.startsWith('ansible.builtin.') && m.name.startsWith('ansible.builtin.'))) byShort.set(short, m);
  }
  const byName = <T extends { name: string }>(list: T[]) => new Map(list.map((x) => [x.name, x]));
  index = { k, byFqcn, byShort, keywords: byName(k.keywords), filters: byName(k.filters), tests: byName(k.tests), variables: byName(k.variables) };
  for (const f of k.filters) if (f.fqcn) index.filters.set(f.fqcn, f);
  return index;
}

export const allModules = (): readonly ModuleSpec[] => load().k.modules;

/** A module by the name a task uses: `apt`, `ansible.builtin.apt`, `ansible.legacy.apt`, `community.docker.docker_container`. */
export function findModule(name: string): ModuleSpec | undefined {
  const i = load();
  if (name.startsWith('ansible.legacy.')) name = `ansible.builtin.${name.slice('ansible.legacy.'.length)}`;
  return i.byFqcn.get(name) ?? (name.includes('.') ? undefined : i.byShort.get(name));
}

/** Is this a name ansible-core itself knows as a builtin module (short or FQCN)? */
export function isBuiltinModuleName(name: string): boolean {
  const short = /^ansible\.(builtin|legacy)\./.test(name) ? name.split('.').pop()! : name.includes('.') ? undefined : name;
  return !!short && BUILTIN_MODULES.includes(short);
}

/** The option of a module under the name a task uses (an alias included), with its canonical name. */
export function findOption(m: ModuleSpec, key: string): { name: string; spec: OptionSpec } | undefined {
  const own = m.options[key];
  if (own) return { name: key, spec: own };
  for (const [name, spec] of Object.entries(m.options)) if (spec.aliases?.includes(key)) return { name, spec };
  return undefined;
}

export const keywordText = (name: string): KeywordSpec | undefined => load().keywords.get(name);
export const allKeywordTexts = (): readonly KeywordSpec[] => load().k.keywords;
export const findFilter = (name: string): FilterSpec | undefined => load().filters.get(name);
export const allFilters = (): readonly FilterSpec[] => load().k.filters;
export const findTest = (name: string): FilterSpec | undefined => load().tests.get(name);
export const allTests = (): readonly FilterSpec[] => load().k.tests;
export const findVariable = (name: string): VariableSpec | undefined => load().variables.get(name);
export const allVariables = (): readonly VariableSpec[] => load().k.variables;
