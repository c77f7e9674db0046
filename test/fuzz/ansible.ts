// Generators and mutators for Ansible: random playbooks (plays, tasks with modules and keywords, handlers, loops,
// Jinja strings, blocks nested deeply, roles), task and handler files, and INI inventories (groups, children, vars,
// host ranges, odd headers, key=value junk). Pure functions of a PRNG, like mutate.ts: a case seed reproduces the
// document exactly. The generated "seed files" (corpus.ts) get a fresh document for every case, so the fuzzer
// sees shapes the corpus does not have: what a learner half-types, and what a tool writes.
import { mutate, randomUnicode, type Mutator, Rng, splitLines } from './mutate';

// ---- vocabulary ----

const MODULES = [
  'apt', 'ansible.builtin.apt', 'yum', 'dnf', 'package', 'ansible.builtin.package', 'service', 'ansible.builtin.service', 'systemd',
  'command', 'ansible.builtin.command', 'shell', 'ansible.builtin.shell', 'raw', 'script', 'copy', 'ansible.builtin.copy', 'template',
  'ansible.builtin.template', 'file', 'ansible.builtin.file', 'lineinfile', 'blockinfile', 'user', 'group', 'ansible.builtin.group', 'debug',
  'ansible.builtin.debug', 'set_fact', 'assert', 'fail', 'uri', 'get_url', 'git', 'pip', 'stat', 'wait_for', 'cron', 'mount', 'unarchive',
  'include_vars', 'add_host', 'group_by', 'setup', 'ping', 'reboot', 'ansible.legacy.command', 'ansible.builtin.import_tasks',
  'include_tasks', 'import_tasks', 'include_role', 'import_role', 'meta', 'community.general.ufw', 'community.docker.docker_container',
  'amazon.aws.ec2_instance', 'local_action', 'action', 'aptt', 'servce', 'ansible.builtin.nosuch', 'my_namespace.my_collection.thing',
];
const OPTIONS = [
  'name', 'state', 'src', 'dest', 'owner', 'group', 'mode', 'path', 'line', 'regexp', 'update_cache', 'cache_valid_time', 'enabled',
  'daemon_reload', 'cmd', 'chdir', 'creates', 'removes', 'msg', 'var', 'verbosity', 'url', 'repo', 'version', 'shell', 'system', 'home',
  'content', 'backup', 'force', 'validate', 'that', 'fail_msg', 'port', 'timeout', 'file', 'tasks_from', 'key', 'value', 'free_form',
  '_raw_params', 'argv', 'stdin', 'executable', 'nosuchoption', 'Name', 'state ',
];
const STATES = ['present', 'absent', 'latest', 'started', 'stopped', 'restarted', 'reloaded', 'directory', 'touch', 'link', 'hard', 'installed', 'running', 'bogus', ''];
const TASK_KEYS = [
  'when', 'loop', 'with_items', 'with_dict', 'with_fileglob', 'with_nested', 'with_sequence', 'loop_control', 'notify', 'register', 'become',
  'become_user', 'become_method', 'tags', 'changed_when', 'failed_when', 'ignore_errors', 'ignore_unreachable', 'delegate_to', 'run_once',
  'no_log', 'until', 'retries', 'delay', 'async', 'poll', 'environment', 'vars', 'args', 'check_mode', 'diff', 'listen', 'throttle',
  'any_errors_fatal', 'local_action', 'connection', 'remote_user', 'sudo', 'always_run', 'include', 'with_first_found', 'module_defaults', 'debugger',
];
const PLAY_KEYS = [
  'hosts', 'name', 'become', 'become_user', 'gather_facts', 'vars', 'vars_files', 'vars_prompt', 'roles', 'pre_tasks', 'tasks', 'post_tasks', 'handlers',
  'serial', 'strategy', 'max_fail_percentage', 'order', 'remote_user', 'connection', 'environment', 'tags', 'collections', 'force_handlers', 'any_errors_fatal',
  'module_defaults', 'import_playbook', 'user', 'sudo', 'hostz', 'task',
];
const HOSTS = ['all', 'webservers', 'db', 'localhost', 'web:&prod', 'web:!db', "'{{ target }}'", 'web[0]', 'web[1:3]', '"*.example.com"', 'ungrouped', '', '"~web\\d+"', 'all:!127.0.0.1'];
const WORDS = ['web', 'db', 'app', 'cache', 'nginx', 'mysql', 'redis', 'deploy', 'users', 'packages', 'item', 'result', 'inventory_hostname', 'ansible_facts', 'hostvars', 'groups'];
const JINJA = [
  '{{ item }}', '{{ item.name }}', "{{ item['key'] }}", '{{ app_port | default(8080) }}', '{{ packages | join(" ") }}', '{{ result.stdout_lines | length }}',
  "{{ hostvars[inventory_hostname]['ansible_host'] }}", "{{ groups['web'] | first }}", '{{ ansible_facts.distribution }}', '{{ lookup("env", "HOME") }}',
  "{{ query('fileglob', 'files/*') }}", '{{ x | bool }}', '{{ y is defined }}', '{{ z is not none }}', '{% if a %}b{% endif %}', '{# comment #}',
  '{{ ', '{{ x }', '{{ }}', '}}', '{%', '{{ x | }}', '{{ x | nosuchfilter }}', '{{ 1 +* 2 }}', '{{ "unterminated }}', '{{{{ x }}}}', '{{ item. }}',
  '{{ 한글 }}', '{{ x\n  | default(1) }}', '{{ range(0, 1000000000) | list }}', '{{ "a" * 1000 }}',
];
const WHEN = [
  'ansible_os_family == "Debian"', 'result is changed', 'result.rc != 0', 'x is defined and x', 'not skip | bool', "'{{ x }}' == 'y'", '{{ enabled }}',
  'item > 5', 'inventory_hostname in groups.web', 'x == True', 'x == false', 'result is succeeded', '"x" in y.stdout', '(', '== ==', '',
];
const HANDLER_NAMES = ['Restart nginx', 'restart nginx', 'Reload systemd', 'restart mysql', 'Restart {{ service }}', 'handler-한글', 'Restart', 'no such handler'];

/** A Jinja expression on one line. */
function jinja(rng: Rng): string {
  return rng.pick(JINJA).replace(/\n\s*/g, ' ');
}

/** A `when`-like condition, quoted when YAML needs it (and now and then left raw, which YAML may reject). */
function condition(rng: Rng): string {
  const w = rng.pick(WHEN);
  return /^[{'"]/.test(w) && !rng.chance(0.1) ? `"${w.replace(/"/g, "'")}"` : w;
}

/** Random unicode for one line (no line breaks: YAML 1.1 also breaks lines at U+0085, U+2028, U+2029). */
function oneLine(rng: Rng, n: number, drop = /[\n\r\u0085\u2028\u2029]/g): string {
  return randomUnicode(rng, n).replace(drop, '');
}

function indent(n: number): string {
  return ' '.repeat(n);
}

/** A YAML scalar: plain, quoted, Jinja, a number, a boolean in YAML 1.1 spellings, null, unicode. */
function scalar(rng: Rng): string {
  // Mostly well-formed values (so most documents parse and reach the checks); the broken ones are rarer.
  const r = rng.chance(0.005) ? rng.pick([1, 4]) : rng.pick([0, 0, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  if (r === 0) return `"${jinja(rng).replace(/"/g, "'")}"`;
  if (r === 1) return rng.pick(JINJA).replace(/\n\s*/g, ' '); // unquoted Jinja: a YAML error when it starts with {
  if (r === 2) return rng.pick(['yes', 'no', 'true', 'False', 'on', 'off', 'y', 'n', 'TRUE']);
  if (r === 3) return rng.pick(['0644', '644', "'0755'", 'u=rw,g=r,o=r', '0o644', '1777', '-1', '3.14', '1e3', '0x1F', '12:30']);
  if (r === 4) return rng.pick(['~', 'null', '', '[]', '{}', '!!str 1', '&a x', '*a', '!vault |', '|', '>-']);
  if (r === 5) return `"${randomUnicode(rng, rng.range(1, 4)).replace(/["\\\n\r]/g, '')}"`;
  if (r === 6) return `'${rng.pick(WORDS)} ${jinja(rng).replace(/'/g, '"')}'`;
  if (r === 7) return rng.pick(STATES);
  if (r === 8) return `/etc/${rng.pick(WORDS)}/${rng.pick(WORDS)}.conf`;
  if (r === 9) return `templates/${rng.pick(WORDS)}.j2`;
  return rng.pick(WORDS);
}

/** The body of a module: free form, a map of options, a scalar where a map is expected, or nothing. */
function moduleBody(rng: Rng, module: string, ind: number, lines: string[], head: string, used = new Set<string>()): void {
  const r = rng.int(10);
  if (r < 2 || /command|shell|raw|script/.test(module)) {
    const cmd = rng.pick(['echo hi', 'cat /etc/os-release | grep ID', 'apt-get install -y nginx', 'systemctl restart nginx', 'curl -s http://localhost | tee x', 'rm -rf /tmp/x', 'git clone x y', 'ls {{ dir }}', 'chdir=/tmp ls', jinja(rng), '']);
    lines.push(`${head}${module}: ${cmd.startsWith('{') ? `"${cmd.replace(/"/g, "'")}"` : cmd}`);
    if (rng.chance(0.4) && !used.has('args') && used.add('args')) lines.push(`${indent(ind)}args:`, `${indent(ind + 2)}${rng.pick(['chdir', 'creates', 'removes', 'executable', 'bogus'])}: ${scalar(rng)}`);
    return;
  }
  if (r === 2) {
    lines.push(`${head}${module}: ${rng.pick(['name=nginx state=present', 'src=a dest=b mode=0644', 'msg="{{ x }}"', 'name=', '=x', 'a=b=c', "k='unterminated"])}`);
    return;
  }
  if (r === 3) {
    lines.push(`${head}${module}: ${scalar(rng)}`);
    return;
  }
  if (r === 4) {
    lines.push(`${head}${module}:`);
    return;
  }
  lines.push(`${head}${module}:`);
  const n = rng.range(1, 5);
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const opt = rng.pick(OPTIONS);
    if (seen.has(opt.trim()) && !rng.chance(0.05)) continue;
    seen.add(opt.trim());
    if (rng.chance(0.15)) lines.push(`${indent(ind + 2)}${opt}:`, ...Array.from({ length: rng.range(1, 3) }, () => `${indent(ind + 4)}- ${scalar(rng)}`));
    else lines.push(`${indent(ind + 2)}${opt}: ${opt === 'state' ? rng.pick(STATES) : scalar(rng)}`);
  }
}

/** One task (or block) at indentation `ind` (the column of its `- `), nested up to `depth` more levels. */
function task(rng: Rng, ind: number, depth: number, lines: string[], handler = false): void {
  const head = `${indent(ind)}- `;
  const body = ind + 2;
  const used = new Set<string>();
  let first = true;
  const lead = () => {
    const h = first ? head : indent(body);
    first = false;
    return h;
  };
  if (rng.chance(0.8)) lines.push(`${lead()}name: ${handler ? rng.pick(HANDLER_NAMES) : rng.chance(0.1) ? oneLine(rng, 3, /[\n\r\u0085\u2028\u2029:#]/g) : `${rng.pick(['Install', 'Configure', 'Start', 'Check', 'install', '설치', 'Copy'])} ${rng.pick(WORDS)}`}`);
  if (depth > 0 && rng.chance(0.2)) {
    // A block with rescue/always, each a list of tasks (nesting further).
    for (const section of ['block', 'rescue', 'always']) {
      if (section !== 'block' && !rng.chance(0.4)) continue;
      lines.push(`${lead()}${section}:`);
      const n = rng.range(0, 3);
      for (let i = 0; i < n; i++) task(rng, body + 2, depth - 1, lines, handler);
      if (!n) lines.push(`${indent(body + 2)}${rng.pick(['[]', '', '- ', '-'])}`);
    }
  } else if (rng.chance(0.95)) {
    const module = rng.pick(MODULES);
    if (module === 'local_action' || module === 'action') {
      lines.push(`${lead()}${module}: ${rng.pick(['command echo hi', 'shell ls', 'ansible.builtin.debug msg=hi', ''])}`);
    } else moduleBody(rng, module, body, lines, lead(), used);
    const second = rng.pick(MODULES);
    if (second !== module && rng.chance(0.1)) moduleBody(rng, second, body, lines, lead(), used); // two modules in one task
  }
  const nk = rng.range(0, 4);
  for (let i = 0; i < nk; i++) {
    const k = rng.pick(TASK_KEYS);
    if (k === 'local_action' && !first) continue; // (a module already: local_action would be a second one)
    if (used.has(k) && !rng.chance(0.05)) continue; // a repeated key now and then (a YAML error)
    used.add(k);
    if (k === 'when' || k === 'changed_when' || k === 'failed_when' || k === 'until') {
      if (rng.chance(0.3)) lines.push(`${lead()}${k}:`, `${indent(body + 2)}- ${condition(rng)}`, `${indent(body + 2)}- ${condition(rng)}`);
      else lines.push(`${lead()}${k}: ${condition(rng)}`);
    } else if (k === 'loop' || k.startsWith('with_')) {
      const r = rng.int(4);
      if (r === 0) lines.push(`${lead()}${k}: "{{ ${rng.pick(WORDS)} }}"`);
      else if (r === 1) lines.push(`${lead()}${k}: ${rng.pick(WORDS)}`);
      else if (r === 2) lines.push(`${lead()}${k}:`, ...Array.from({ length: rng.range(0, 4) }, () => `${indent(body + 2)}- ${rng.chance(0.3) ? `{ name: ${rng.pick(WORDS)}, state: ${rng.pick(STATES) || 'present'} }` : scalar(rng)}`));
      else lines.push(`${lead()}${k}: ${rng.pick([`"{{ query('inventory_hostnames', 'all') }}"`, '"{{ range(1, 5) | list }}"', '[1, 2, 3]', '{}', '~'])}`);
      if (rng.chance(0.3) && !used.has('loop_control') && used.add('loop_control')) lines.push(`${lead()}loop_control:`, `${indent(body + 2)}${rng.pick(['loop_var', 'label', 'index_var', 'pause', 'extended', 'bogus'])}: ${scalar(rng)}`);
    } else if (k === 'notify' || k === 'listen') {
      if (rng.chance(0.5)) lines.push(`${lead()}${k}: ${rng.pick(HANDLER_NAMES)}`);
      else lines.push(`${lead()}${k}:`, ...Array.from({ length: rng.range(1, 3) }, () => `${indent(body + 2)}- ${rng.pick(HANDLER_NAMES)}`));
    } else if (k === 'vars' || k === 'environment' || k === 'args' || k === 'module_defaults') {
      lines.push(`${lead()}${k}:`, ...[...new Set(Array.from({ length: rng.range(0, 3) }, () => rng.pick(WORDS)))].map((w) => `${indent(body + 2)}${w}: ${scalar(rng)}`));
    } else if (k === 'tags') {
      lines.push(`${lead()}tags: ${rng.pick(['[web, db]', 'web', '', "'{{ t }}'", 'always'])}`);
    } else lines.push(`${lead()}${k}: ${scalar(rng)}`);
  }
  if (first) lines.push(`${head}${rng.pick(['{}', '', 'name:', '~'])}`);
}

function taskList(rng: Rng, ind: number, n: number, depth: number, lines: string[], handler = false): void {
  for (let i = 0; i < n; i++) task(rng, ind, depth, lines, handler);
}

/** Deep nesting of blocks (a stress shape): `depth` blocks inside each other, then one task. */
function deepBlocks(rng: Rng, ind: number, depth: number, lines: string[]): void {
  for (let d = 0; d < depth; d++) lines.push(`${indent(ind + d * 4)}- name: level ${d}`, `${indent(ind + d * 4 + 2)}block:`);
  lines.push(`${indent(ind + depth * 4)}- ansible.builtin.debug:`, `${indent(ind + depth * 4 + 4)}msg: "${jinja(rng).replace(/"/g, "'")}"`);
}

/** A random playbook: 1–4 plays (or import_playbook lines), vars, roles, pre_tasks/tasks/post_tasks, handlers. */
export function playbook(rng: Rng): string {
  const lines: string[] = [];
  if (rng.chance(0.6)) lines.push('---');
  if (rng.chance(0.2)) lines.push(`# ${oneLine(rng, 5)}`);
  const plays = rng.range(1, 4);
  for (let p = 0; p < plays; p++) {
    if (rng.chance(0.1)) {
      lines.push(`- ${rng.pick(['import_playbook', 'ansible.builtin.import_playbook', 'include'])}: ${rng.pick(['other.yml', '"{{ pb }}.yml"', '', 'no/such/file.yml'])}`);
      continue;
    }
    lines.push(`- name: ${rng.chance(0.1) ? oneLine(rng, 4, /[\n\r\u0085\u2028\u2029:#]/g) : `Play ${p} for ${rng.pick(WORDS)}`}`);
    if (rng.chance(0.97)) lines.push(`  hosts: ${rng.pick(HOSTS)}`);
    for (const k of PLAY_KEYS) {
      if (!rng.chance(k === 'tasks' ? 0.85 : k === 'handlers' || k === 'vars' || k === 'become' ? 0.4 : 0.07)) continue;
      if (k === 'hosts' || k === 'name') continue;
      if (k === 'tasks' || k === 'pre_tasks' || k === 'post_tasks') {
        lines.push(`  ${k}:`);
        if (rng.chance(0.05)) deepBlocks(rng, 4, rng.pick([10, 30, 60]), lines);
        else taskList(rng, rng.chance(0.9) ? 4 : 2, rng.range(0, 8), rng.range(0, 4), lines);
      } else if (k === 'handlers') {
        lines.push('  handlers:');
        taskList(rng, 4, rng.range(0, 4), 1, lines, true);
      } else if (k === 'vars') {
        lines.push('  vars:', ...[...new Set(Array.from({ length: rng.range(0, 5) }, () => (rng.chance(0.1) ? 'Bad-Name' : rng.pick(WORDS))))].map((k) => `    ${k}: ${scalar(rng)}`));
      } else if (k === 'vars_files' || k === 'collections') {
        lines.push(`  ${k}:`, ...Array.from({ length: rng.range(0, 3) }, () => `    - ${rng.pick(['vars/main.yml', 'vars/{{ env }}.yml', 'community.general', 'x'])}`));
      } else if (k === 'roles') {
        lines.push('  roles:');
        for (let i = rng.range(0, 3); i > 0; i--) {
          const r = rng.int(4);
          if (r === 0) lines.push(`    - ${rng.pick(['common', 'geerlingguy.nginx', 'nginx', 'roles/x', '{{ role }}'])}`);
          else if (r === 1) lines.push(`    - role: ${rng.pick(['common', 'geerlingguy.mysql', 'missing'])}`, `      ${rng.pick(['vars', 'tags', 'when', 'become'])}: ${scalar(rng)}`);
          else if (r === 2) lines.push(`    - { role: ${rng.pick(WORDS)}, ${rng.pick(WORDS)}: ${rng.pick(['1', 'x', '"{{ y }}"'])} }`);
          else lines.push('    - name: not a role', `      ${rng.pick(MODULES)}: x`);
        }
      } else if (k === 'vars_prompt') {
        lines.push('  vars_prompt:', '    - name: password', `      prompt: ${scalar(rng)}`, `      private: ${rng.pick(['yes', 'no', 'maybe'])}`);
      } else lines.push(`  ${k}: ${scalar(rng)}`);
    }
  }
  return lines.join('\n') + (rng.chance(0.9) ? '\n' : '');
}

/** A task file (roles/x/tasks/main.yml) or a handler file. */
export function taskFile(rng: Rng, handlers = false): string {
  const lines: string[] = [];
  if (rng.chance(0.6)) lines.push('---');
  if (rng.chance(0.05)) deepBlocks(rng, 0, rng.pick([10, 40]), lines);
  else taskList(rng, 0, rng.range(1, 10), rng.range(0, 4), lines, handlers);
  return lines.join('\n') + '\n';
}

/** A vars file (group_vars/all.yml). */
export function varsFile(rng: Rng): string {
  const lines: string[] = ['---'];
  for (let i = rng.range(0, 12); i > 0; i--) {
    const k = rng.pick([...WORDS, 'ansible_user', 'ansible_host', 'ansible_port', 'ansible_become', 'Bad-Name', 'with space', '1leading']);
    if (rng.chance(0.2)) lines.push(`${k}:`, ...Array.from({ length: rng.range(0, 3) }, () => `  - ${scalar(rng)}`));
    else if (rng.chance(0.15)) lines.push(`${k}:`, ...Array.from({ length: rng.range(0, 3) }, () => `  ${rng.pick(WORDS)}: ${scalar(rng)}`));
    else lines.push(`${k}: ${scalar(rng)}`);
  }
  return lines.join('\n') + '\n';
}

// ---- INI inventories ----

const GROUPS = ['web', 'db', 'app', 'prod', 'staging', 'all', 'ungrouped', 'lb', 'web-servers', 'db.servers', '한글그룹', 'k8s_nodes', 'Web'];
const HOSTVARS = ['ansible_host', 'ansible_port', 'ansible_user', 'ansible_connection', 'ansible_become', 'ansible_python_interpreter', 'ansible_ssh_private_key_file', 'http_port', 'env', 'ansible_ssh_host', 'ansible_sudo'];

function hostName(rng: Rng): string {
  const r = rng.int(12);
  if (r === 0) return `web[${rng.pick(['01:10', '1:3', 'a:f', '001:100', '0:999999', '10:1', '1:', ':5', 'a:9', '01:10:2', '[1:2]', '1:2][3:4'])}]`;
  if (r === 1) return `db-[${rng.pick(['a:c', '1:5'])}].example.com`;
  if (r === 2) return rng.pick(['192.168.0.10', '10.0.0.1:2222', '[::1]', '2001:db8::1', 'localhost', '127.0.0.1']);
  if (r === 3) return randomUnicode(rng, rng.range(1, 3)).replace(/[\s[\]#;=]/g, 'x');
  if (r === 4) return rng.pick(['host name', 'host=name', '#notahost', ';comment', '-dash', 'a'.repeat(300)]);
  return `${rng.pick(GROUPS)}${rng.range(1, 20)}.example.com`;
}

function kv(rng: Rng): string {
  const r = rng.int(10);
  if (r === 0) return rng.pick(['a=', '=b', 'x=y=z', "k='unterminated", 'k="a b"', 'k=\'a b\'', 'novalue', '=', '==', 'k = v', 'ansible_port=abc', 'ansible_port=99999', 'ansible_connection=nosuch']);
  if (r === 1) return `${rng.pick(HOSTVARS)}="{{ ${rng.pick(WORDS)} }}"`;
  if (r === 2) return `${rng.pick(HOSTVARS)}=${randomUnicode(rng, 2).replace(/\s/g, '')}`;
  return `${rng.pick(HOSTVARS)}=${rng.pick(['10.0.0.5', '22', '2222', 'deploy', 'true', 'yes', 'ssh', 'local', '/usr/bin/python3', "'x y'"])}`;
}

/** A random INI inventory: host lines with vars, [g], [g:children], [g:vars], ranges, odd headers and junk. */
export function iniInventory(rng: Rng): string {
  const lines: string[] = [];
  if (rng.chance(0.3)) lines.push(rng.pick(['# inventory', '; comment', '#!/usr/bin/env python', '---']));
  // Ungrouped hosts first, sometimes.
  for (let i = rng.chance(0.3) ? rng.range(1, 3) : 0; i > 0; i--) lines.push(`${hostName(rng)}${rng.chance(0.5) ? ` ${kv(rng)}` : ''}`);
  const groups = rng.range(1, 6);
  const names: string[] = [];
  for (let g = 0; g < groups; g++) {
    const name = rng.pick(GROUPS);
    names.push(name);
    const kind = rng.int(6);
    if (kind === 0) {
      lines.push(`[${name}:children]`, ...Array.from({ length: rng.range(0, 3) }, () => rng.chance(0.8) ? rng.pick([...names, ...GROUPS]) : hostName(rng)));
    } else if (kind === 1) {
      lines.push(`[${name}:vars]`, ...Array.from({ length: rng.range(0, 4) }, () => (rng.chance(0.8) ? kv(rng) : rng.pick(['not a var', 'x', 'k: v', '[x]']))));
    } else if (kind === 2) {
      lines.push(rng.pick([`[${name}`, '[]', '[ ]', `[${name}:nosuch]`, `[${name}:children:vars]`, `[ ${name} ]`, `[${name}]]`, `[${name}] # comment`, `[${name}:vars] x=1`, `[${randomUnicode(rng, 2).replace(/[\]\n\r]/g, '')}]`, '[:children]']));
      for (let i = rng.range(0, 3); i > 0; i--) lines.push(`${hostName(rng)} ${kv(rng)}`);
    } else {
      lines.push(`[${name}]`);
      for (let i = rng.range(0, 6); i > 0; i--) {
        const vars = Array.from({ length: rng.range(0, 4) }, () => kv(rng)).join(rng.chance(0.9) ? ' ' : '\t');
        lines.push(`${rng.chance(0.05) ? '  ' : ''}${hostName(rng)}${vars ? ' ' + vars : ''}${rng.chance(0.1) ? ' # trailing comment' : ''}`);
      }
    }
    if (rng.chance(0.4)) lines.push('');
  }
  if (rng.chance(0.1)) {
    // A huge flat group (bounded): the index and symbols must stay fast.
    lines.push('[many]', ...Array.from({ length: rng.pick([200, 2000]) }, (_, i) => `h${i}.example.com ansible_host=10.${(i >> 8) & 255}.${i & 255}.1`));
  }
  const eol = rng.chance(0.1) ? '\r\n' : '\n';
  return lines.join(eol) + (rng.chance(0.9) ? eol : '');
}

// ---- Ansible-aware mutators ----

/** The indentation at which a task key goes on some line that looks like a task's first line (`- name:` …). */
function taskIndents(text: string): { line: number; col: number }[] {
  const out: { line: number; col: number }[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length && out.length < 2000; i++) {
    const m = /^(\s*)- (?:name|[a-z_.]+):/.exec(lines[i]);
    if (m) out.push({ line: i, col: m[1].length + 2 });
  }
  return out;
}

const ansibleMutators: Mutator[] = [
  {
    name: 'ansible-task-key',
    apply(text, rng) {
      // Insert a keyword, a module or a stray key inside an existing task (at its key indentation).
      const spots = taskIndents(text);
      const lines = splitLines(text);
      if (!spots.length) return { text: `- name: x\n  ${rng.pick(TASK_KEYS)}: ${scalar(rng)}\n` + text, what: 'prepend a task' };
      const s = rng.pick(spots);
      const key = rng.chance(0.4) ? rng.pick(TASK_KEYS) : rng.chance(0.5) ? rng.pick(MODULES) : rng.pick(PLAY_KEYS);
      const at = Math.min(lines.length, s.line + 1 + rng.int(3));
      if (at > 0 && !/[\r\n]$/.test(lines[at - 1])) lines[at - 1] += '\n';
      lines.splice(at, 0, `${indent(s.col)}${key}: ${scalar(rng)}\n`);
      return { text: lines.join(''), what: `key ${JSON.stringify(key)} at line ${at}` };
    },
  },
  {
    name: 'ansible-jinja',
    apply(text, rng) {
      // Replace a value with a Jinja expression (quoted or not, valid or broken).
      const values = [...text.matchAll(/: ([^\n\r]+)/g)];
      if (!values.length) return { text: text + `x: ${rng.pick(JINJA)}\n`, what: 'append Jinja' };
      const v = rng.pick(values);
      const j = jinja(rng);
      const by = rng.chance(0.5) ? `"${j}"` : j;
      const start = v.index! + 2;
      return { text: text.slice(0, start) + by + text.slice(start + v[1].length), what: `value@${start} → ${JSON.stringify(by)}` };
    },
  },
  {
    name: 'ansible-task-block',
    apply(text, rng) {
      // Paste a generated task (or deep block) after a random line, at a random indentation.
      const lines = splitLines(text);
      const at = rng.int(lines.length + 1);
      const gen: string[] = [];
      const ind = rng.pick([0, 2, 4, 6, 8]);
      if (rng.chance(0.15)) deepBlocks(rng, ind, rng.pick([8, 25]), gen);
      else task(rng, ind, rng.range(0, 3), gen, rng.chance(0.2));
      if (at > 0 && !/[\r\n]$/.test(lines[at - 1])) lines[at - 1] += '\n';
      lines.splice(at, 0, gen.join('\n') + '\n');
      return { text: lines.join(''), what: `generated task (${gen.length} lines, indent ${ind}) at line ${at}` };
    },
  },
  {
    name: 'ini-junk',
    apply(text, rng) {
      // Inventory junk: a header, a range, key=value noise on a random line.
      const lines = splitLines(text);
      const at = rng.int(lines.length + 1);
      const junk = rng.pick([
        () => `[${rng.pick(GROUPS)}${rng.pick([':children', ':vars', '', ':x', ''])}${rng.pick([']', '', ']]'])}`,
        () => hostName(rng),
        () => `${hostName(rng)} ${Array.from({ length: rng.range(1, 5) }, () => kv(rng)).join(' ')}`,
        () => kv(rng),
        () => rng.pick(['=', '[', ']', ':', '\\', 'x\\', '"', "'"]),
      ])();
      if (at > 0 && !/[\r\n]$/.test(lines[at - 1])) lines[at - 1] += '\n';
      lines.splice(at, 0, junk + '\n');
      return { text: lines.join(''), what: `inventory line ${JSON.stringify(junk.slice(0, 60))} at ${at}` };
    },
  },
];

export const ANSIBLE_MUTATORS: readonly Mutator[] = ansibleMutators;

/** 1–3 Ansible-aware mutations (the INI one only for inventories, the YAML ones only for YAML). */
export function mutateAnsible(text: string, rng: Rng, inventory: boolean): { text: string; mutation: string } {
  const pool = inventory ? ansibleMutators.filter((m) => m.name === 'ini-junk') : ansibleMutators.filter((m) => m.name !== 'ini-junk');
  const what: string[] = [];
  let t = text;
  for (let i = rng.range(1, 3); i > 0; i--) {
    const m = rng.pick(pool);
    const r = m.apply(t, rng);
    t = r.text;
    what.push(`${m.name}: ${r.what}`);
  }
  return { text: t, mutation: what.join(' | ') };
}

// ---- the generated seed files ----

export type AnsibleGenerator = 'playbook' | 'tasks' | 'handlers' | 'vars' | 'inventory';

/** Where each generated document "lives" (its path drives classification) and how it is made. */
export const GENERATED: readonly { kind: AnsibleGenerator; rel: string }[] = [
  { kind: 'playbook', rel: 'generated/ansible/site.yml' },
  { kind: 'playbook', rel: 'generated/ansible/playbooks/deploy.yml' },
  { kind: 'tasks', rel: 'generated/ansible/roles/gen/tasks/main.yml' },
  { kind: 'handlers', rel: 'generated/ansible/roles/gen/handlers/main.yml' },
  { kind: 'vars', rel: 'generated/ansible/group_vars/all.yml' },
  { kind: 'inventory', rel: 'generated/ansible/inventory/hosts' },
  { kind: 'inventory', rel: 'generated/ansible/hosts.inv' },
];

export function generate(kind: AnsibleGenerator, rng: Rng): string {
  if (kind === 'playbook') return playbook(rng);
  if (kind === 'tasks') return taskFile(rng);
  if (kind === 'handlers') return taskFile(rng, true);
  if (kind === 'vars') return varsFile(rng);
  return iniInventory(rng);
}

// ---- a case's document ----

/** The document of a case: a fresh generated one (then maybe mutated) or a mutation of the seed file's text. */
export function caseText(file: { text: string; path: string; kind: string; generator?: AnsibleGenerator }, rng: Rng): { text: string; mutation: string } {
  if (file.generator) {
    let text = generate(file.generator, rng);
    const what = [`generated ${file.generator} (${splitLines(text).length} lines)`];
    const r = rng.int(10);
    if (r >= 4 && r < 8) {
      const m = mutateAnsible(text, rng, file.generator === 'inventory');
      text = m.text;
      what.push(m.mutation);
    }
    if (r >= 7) {
      const m = mutate(text, rng);
      text = m.text;
      what.push(m.mutation);
    }
    return { text, mutation: what.join(' | ') };
  }
  // Files of the corpus that are Ansible get the Ansible-aware mutations now and then, before the others.
  const ansible = file.kind === 'inventory' || (file.kind === 'yaml' && /(^|[\\/])(roles|tasks|handlers|group_vars|host_vars|playbooks?|provisioning)[\\/]|playbook[^\\/]*\.ya?ml$/i.test(file.path));
  if (!ansible) return mutate(file.text, rng);
  if (!rng.chance(0.3)) return mutate(file.text, rng);
  const a = mutateAnsible(file.text, rng, file.kind === 'inventory');
  const b = rng.chance(0.5) ? mutate(a.text, rng) : { text: a.text, mutation: '' };
  return { text: b.text, mutation: [a.mutation, b.mutation].filter(Boolean).join(' | ') };
}
