// Ansible hovers and completion over a small workspace: a playbook with vars, vars_files, roles, handlers; a role
// with handlers and defaults; an INI inventory with children and vars; group_vars and host_vars; a YAML inventory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EN, KO, tempWorkspace, workspaceService } from '../helpers';
import type { LanguageService } from '../../server/src/service/languageService';
import { allFilters, allKeywordTexts, findVariable } from '../../server/src/service/ansible/lookup';

const PLAYBOOK = `- name: Web
  hosts: web
  become: true
  vars:
    http_port: 8080
  vars_files:
    - vars/common.yml
  roles:
    - nginx
  tasks:
    - name: Install nginx
      apt:
        name: nginx
        state: present
      notify: Restart nginx
    - name: Show
      ansible.builtin.debug:
        msg: "{{ http_port | default(80) }} {{ ansible_facts['distribution'] }} {{ app_user }} {{ result.stdout }}"
      when: result is changed and http_port > 80
    - name: Run
      command: /bin/true
      register: result
    - name: Old style
      apt: name=git state=latest
    - block:
        - name: Nested
          service:
            name: nginx
            state: started
  handlers:
    - name: Restart nginx
      service:
        name: nginx
        state: restarted
    - name: Reload nginx
      listen: reload web
      service:
        name: nginx
        state: reloaded
`;

const FILES: Record<string, string> = {
  'site.yml': PLAYBOOK,
  'vars/common.yml': 'app_user: deploy\napp_dir: /srv/app\n',
  'roles/nginx/tasks/main.yml': '- name: Configure\n  template:\n    src: nginx.conf.j2\n    dest: /etc/nginx/nginx.conf\n  notify: restart from role\n',
  'roles/nginx/handlers/main.yml': '- name: restart from role\n  service:\n    name: nginx\n    state: restarted\n',
  'roles/nginx/defaults/main.yml': 'nginx_port: 80\n',
  'inventory/hosts': '[web]\nweb1 ansible_host=10.0.0.11 http_port=81\nweb2\n\n[db]\ndb[01:03].example.com\n\n[prod:children]\nweb\ndb\n\n[web:vars]\nansible_user=ubuntu\n',
  'group_vars/web.yml': 'http_port: 8081\nlog_level: info\n',
  'host_vars/web1.yml': 'http_port: 9090\n',
  'inventory/cloud.yml': 'all:\n  children:\n    cache:\n      hosts:\n        redis1:\n          ansible_host: 10.0.0.30\n      vars:\n        ansible_user: admin\n',
};

let svc: LanguageService | undefined;
let dir = '';
function ws(): LanguageService {
  if (!svc) {
    dir = tempWorkspace(FILES);
    svc = workspaceService(dir);
    svc.indexWorkspace([dir]);
  }
  return svc;
}

/** The document `rel` (or `text` as that file) and the position of the `nth` `needle` (+ `delta`). */
function at(rel: string, needle: string, delta = 0, text?: string, nth = 0) {
  ws();
  const path = join(dir, rel);
  const t = text ?? FILES[rel];
  let i = -1;
  for (let k = 0; k <= nth; k++) i = t.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} in ${rel}`);
  const m = ws().parse({ uri: pathToFileURL(path).href, path, text: t });
  const before = t.slice(0, i + delta).split('\n');
  return { m, pos: { line: before.length - 1, character: before[before.length - 1].length } };
}

function hover(rel: string, needle: string, delta = 1, text?: string, nth = 0) {
  const { m, pos } = at(rel, needle, delta, text, nth);
  return ws().findHover(m, pos);
}

const span = (h: ReturnType<typeof hover>) => h && `${h.range.start.line}:${h.range.start.character}-${h.range.end.line}:${h.range.end.character}`;

/** Completion labels at the caret `‸`. */
function labels(rel: string, textWithCaret: string): string[] {
  ws();
  const i = textWithCaret.indexOf('‸');
  const text = textWithCaret.slice(0, i) + textWithCaret.slice(i + 1);
  const path = join(dir, rel);
  const m = ws().parse({ uri: pathToFileURL(path).href, path, text });
  const before = text.slice(0, i).split('\n');
  return ws().findCompletions(m, { line: before.length - 1, character: before[before.length - 1].length }).map((c) => c.label);
}

test('hover: a module by its short name is the builtin module, and its Korean text renders', () => {
  const h = hover('site.yml', 'apt:');
  assert.equal(h?.entryId, 'ansible.module.ansible.builtin.apt');
  assert.equal(span(h), '11:6-11:9');
  const { m, pos } = at('site.yml', 'apt:', 1);
  const ko = String((ws().doHover(m, pos, KO)?.contents as { value: string }).value);
  assert.match(ko, /패키지/);
  assert.match(ko, /Playbook \(yaml\)/);
  assert.equal(hover('site.yml', 'ansible.builtin.debug', 3)?.entryId, 'ansible.module.ansible.builtin.debug');
  assert.equal(hover('site.yml', 'command:')?.entryId, 'ansible.module.ansible.builtin.command');
  // a module inside a block
  assert.equal(hover('site.yml', 'service:', 1)?.entryId, 'ansible.module.ansible.builtin.service');
});

test('hover: options (aliases resolved), a value among the choices, free-form key=value options', () => {
  assert.equal(hover('site.yml', 'state: present')?.entryId, 'ansible.option.ansible.builtin.apt.state');
  const v = hover('site.yml', 'present');
  assert.equal(v?.entryId, 'ansible.option.ansible.builtin.apt.state');
  assert.equal(span(v), '13:15-13:22');
  const alias = hover('roles/nginx/tasks/t.yml', 'pkg', 1, '- apt:\n    pkg: git\n');
  assert.equal(alias?.entryId, 'ansible.option.ansible.builtin.apt.name');
  const ff = hover('site.yml', 'state=latest', 1);
  assert.equal(ff?.entryId, 'ansible.option.ansible.builtin.apt.state');
  assert.equal(span(ff), '23:20-23:25');
  // a quoted free form: its first key too (the words as xref.ts reads them)
  const quoted = hover('roles/nginx/tasks/t.yml', 'name=', 1, '- apt: "name=git state=latest"\n');
  assert.equal(quoted?.entryId, 'ansible.option.ansible.builtin.apt.name');
  assert.equal(span(quoted), '0:8-0:12');
  // a value that is not among the choices explains nothing
  assert.equal(hover('roles/nginx/tasks/main.yml', 'nginx.conf.j2'), null);
});

test('hover: keywords by level, on plays, tasks, handlers and role entries', () => {
  assert.equal(hover('site.yml', 'become')?.entryId, 'ansible.keyword.become');
  assert.equal(hover('site.yml', 'notify')?.entryId, 'ansible.keyword.notify');
  assert.equal(hover('site.yml', 'register')?.entryId, 'ansible.keyword.register');
  assert.equal(hover('site.yml', 'listen')?.entryId, 'ansible.keyword.listen');
  assert.equal(hover('site.yml', 'block')?.entryId, 'ansible.keyword.block');
  assert.equal(hover('r.yml', 'tags', 1, '- hosts: all\n  roles:\n    - role: nginx\n      tags: web\n')?.entryId, 'ansible.keyword.tags');
  // the keyword's text renders once the keyword texts exist
  if (allKeywordTexts().length) {
    const { m, pos } = at('site.yml', 'register', 1);
    assert.ok(ws().doHover(m, pos, KO));
  }
});

test('hover: notify names the handler and where it is defined; a missing one says so', () => {
  const h = hover('site.yml', 'Restart nginx');
  assert.equal(h?.entryId, 'ansible.handler');
  assert.deepEqual(h?.facts?.map((f) => `${f.id} ${f.args?.where}`), ['fact.ansible.handlerAt site.yml:31']);
  const role = hover('roles/nginx/tasks/main.yml', 'restart from role');
  assert.deepEqual(role?.facts?.map((f) => `${f.id} ${f.args?.where}`), ['fact.ansible.handlerAt handlers/main.yml:1']);
  const missing = hover('site.yml', 'restart nginx', 1, PLAYBOOK.replace('notify: Restart nginx', 'notify: restart nginx'));
  assert.deepEqual(missing?.facts?.map((f) => f.id), ['fact.ansible.handlerMissing']);
  const { m, pos } = at('site.yml', 'Restart nginx', 1);
  assert.match(String((ws().doHover(m, pos, KO)?.contents as { value: string }).value), /핸들러/);
  // the rules' answer (handlers.ts): `role : handler` names the role's handler; a task file reaches the workspace's
  const qualified = hover('site.yml', 'nginx : restart', 1, PLAYBOOK.replace('notify: Restart nginx', 'notify: "nginx : restart from role"'));
  assert.deepEqual(qualified?.facts?.map((f) => `${f.id} ${f.args?.where}`), ['fact.ansible.handlerAt handlers/main.yml:1']);
  const loose = hover('tasks/extra.yml', 'Reload', 1, '- command: /bin/true\n  notify: Reload nginx\n');
  assert.deepEqual(loose?.facts?.map((f) => f.id), ['fact.ansible.handlerAt']);
  assert.match(String(loose?.facts?.[0].args?.where), /\/site\.yml:35$/);
});

test('hover: hosts names the inventory group with its hosts; roles, the role folder', () => {
  const h = hover('site.yml', 'web', 1);
  assert.equal(h?.entryId, 'ansible.group');
  assert.deepEqual(h?.facts?.map((f) => `${f.id} ${f.args?.where ?? f.args?.hosts}`), ['fact.ansible.groupIn inventory/hosts:1', 'fact.ansible.groupHosts `web1`, `web2`']);
  assert.equal(hover('p.yml', 'all', 1, '- hosts: all\n  tasks: []\n')?.entryId, 'ansible.group.all');
  const pattern = hover('p.yml', 'cache', 1, '- hosts: web:&cache\n  tasks: []\n');
  assert.equal(pattern?.entryId, 'ansible.group');
  assert.equal(span(pattern), '0:14-0:19');
  const role = hover('site.yml', 'nginx', 1);
  assert.equal(role?.entryId, 'ansible.role');
  assert.deepEqual(role?.facts?.map((f) => `${f.id} ${f.args?.path}`), ['fact.ansible.roleAt roles/nginx/']);
  assert.deepEqual(hover('p.yml', 'apache', 1, '- hosts: all\n  roles:\n    - apache\n')?.facts?.map((f) => f.id), ['fact.ansible.roleMissing']);
});

test('hover: Jinja — filters, tests, facts, user variables with where they are defined', () => {
  const f = hover('site.yml', 'default(');
  assert.equal(f?.entryId, 'ansible.filter.default');
  assert.equal(span(f), '17:29-17:36');
  assert.equal(hover('site.yml', 'changed and')?.entryId, 'ansible.test.changed');
  const fact = hover('site.yml', 'distribution');
  assert.equal(fact?.entryId, findVariable('distribution') ? 'ansible.var.distribution' : 'ansible.facts');
  const port = hover('site.yml', 'http_port |');
  assert.equal(port?.entryId, 'ansible.variable');
  assert.deepEqual(port?.facts?.map((x) => `${x.args?.where}=${x.args?.value}`), ['site.yml:5 (vars)=8080', 'group_vars/web.yml=8081', 'host_vars/web1.yml=9090']);
  const user = hover('site.yml', 'app_user');
  assert.deepEqual(user?.facts?.map((x) => x.args?.where), ['vars/common.yml (vars_files)']);
  const reg = hover('site.yml', 'result.stdout');
  const col = PLAYBOOK.split('\n')[17].indexOf('result.stdout');
  assert.equal(span(reg), `17:${col}-17:${col + 6}`);
  assert.deepEqual(reg?.facts?.map((x) => x.args?.where), ['site.yml:22 (register)']);
  // a bare `when:` expression
  assert.deepEqual(hover('site.yml', 'http_port > 80')?.facts?.map((x) => x.args?.where), ['site.yml:5 (vars)', 'group_vars/web.yml', 'host_vars/web1.yml']);
  assert.deepEqual(hover('site.yml', 'result is')?.facts?.map((x) => x.id), ['fact.ansible.definedIn']);
  const unknown = hover('p.yml', 'nope', 1, '- hosts: all\n  tasks:\n    - debug:\n        msg: "{{ nope }}"\n');
  assert.deepEqual(unknown?.facts?.map((x) => x.id), ['fact.ansible.notDefined']);
  // a task file may be included by a play that defines it: nothing is claimed; magic variables are never "undefined"
  assert.equal(hover('roles/nginx/tasks/t.yml', 'nope', 1, '- debug:\n    msg: "{{ nope }}"\n')?.facts, undefined);
  const item = hover('p.yml', 'item', 1, '- hosts: all\n  tasks:\n    - debug:\n        msg: "{{ item }}"\n      loop: [1]\n');
  assert.ok(!item || item.entryId === 'ansible.var.item', 'item is a magic variable');
  // a role's defaults are seen from its tasks
  assert.deepEqual(hover('roles/nginx/tasks/main.yml', 'nginx_port', 1, '- debug:\n    msg: "{{ nginx_port }}"\n')?.facts?.map((x) => x.args?.where), ['roles/nginx/defaults']);
  // outside `{{ }}` plain text is no variable
  assert.equal(hover('roles/nginx/tasks/t.yml', 'hello', 1, '- debug:\n    msg: "hello {{ x }}"\n'), null);
});

test('hover: INI inventory — groups with hosts and children, hosts with merged variables, ranges, ansible_* names', () => {
  const g = hover('inventory/hosts', 'web]', 0);
  assert.equal(g?.entryId, 'ansible.group');
  assert.equal(span(g), '0:1-0:4');
  assert.deepEqual(g?.facts?.map((f) => f.args?.hosts ?? f.args?.children), ['`web1`, `web2`']);
  const children = hover('inventory/hosts', 'prod:children');
  assert.equal(children?.entryId, 'ansible.inventory.children');
  assert.deepEqual(children?.facts?.map((f) => f.args?.children), ['`web`, `db`']);
  assert.equal(hover('inventory/hosts', 'web:vars')?.entryId, 'ansible.inventory.vars');
  const host = hover('inventory/hosts', 'web1');
  assert.equal(host?.entryId, 'ansible.host');
  assert.deepEqual(host?.facts?.map((f) => `${f.args?.name}=${f.args?.value} (${f.args?.from})`), [
    'ansible_user=ubuntu ([web:vars])',
    'http_port=9090 (host_vars/web1.yml)',
    'log_level=info (group_vars/web.yml)',
    'ansible_host=10.0.0.11 (hosts:2)',
  ]);
  const range = hover('inventory/hosts', 'db[01');
  assert.equal(range?.entryId, 'ansible.inventory.range');
  assert.deepEqual(range?.facts?.map((f) => f.args?.n), ['3']);
  assert.equal(hover('inventory/hosts', '\nweb\n', 2)?.entryId, 'ansible.group');
  const v = hover('inventory/hosts', 'ansible_host');
  assert.equal(v?.entryId, findVariable('ansible_host') ? 'ansible.var.ansible_host' : undefined);
});

test('hover: YAML inventory — groups, hosts with their variables, the structure keys', () => {
  const g = hover('inventory/cloud.yml', 'cache');
  assert.equal(g?.entryId, 'ansible.group');
  assert.deepEqual(g?.facts?.map((f) => f.args?.hosts), ['`redis1`']);
  assert.equal(hover('inventory/cloud.yml', 'all')?.entryId, 'ansible.group.all');
  assert.equal(hover('inventory/cloud.yml', 'children')?.entryId, 'ansible.inventory.yaml');
  const h = hover('inventory/cloud.yml', 'redis1');
  assert.equal(h?.entryId, 'ansible.host');
  assert.deepEqual(h?.facts?.map((f) => `${f.args?.name}=${f.args?.value}`), ['ansible_user=admin', 'ansible_host=10.0.0.30']);
});

test('completion: a task offers its keywords (register, notify) and modules, short before FQCN', () => {
  const got = labels('roles/nginx/tasks/t.yml', '- name: a\n  debug:\n- name: x\n  ‸\n');
  for (const k of ['register', 'notify', 'when', 'loop', 'become', 'apt', 'ansible.builtin.apt', 'service']) assert.ok(got.includes(k), k);
  assert.ok(!got.includes('hosts') && !got.includes('handlers'), 'play keywords are not task keywords');
  assert.ok(!got.includes('name'), 'a key already there is left out');
  const itemsWith = (ansibleFqcn?: boolean) => {
    const text = '- name: a\n  debug:\n- name: x\n  \n';
    const path = join(dir, 'roles/nginx/tasks/t.yml');
    const m = ws().parse({ uri: pathToFileURL(path).href, path, text });
    return ws().findCompletions(m, { line: 3, character: 2 }, { ...EN, ansibleFqcn });
  };
  const sortIn = (items: ReturnType<typeof itemsWith>) => (l: string) => items.find((c) => c.label === l)?.sortText ?? '';
  const sort = sortIn(itemsWith());
  assert.ok(sort('apt') < sort('ansible.builtin.apt'));
  // devopsHints.ansible.fqcn: the FQCN first
  const fq = sortIn(itemsWith(true));
  assert.ok(fq('ansible.builtin.apt') < fq('apt'), 'with the setting, FQCNs sort before short names');
  // with a module already there, no second module
  const withModule = labels('roles/nginx/tasks/t.yml', '- name: x\n  apt:\n    name: git\n  ‸\n');
  assert.ok(withModule.includes('register') && !withModule.includes('service'));
  // a block offers block keywords
  const block = labels('roles/nginx/tasks/t.yml', '- block:\n    - debug:\n  ‸\n');
  assert.ok(block.includes('rescue') && block.includes('always') && !block.includes('register'));
});

test('completion: play keywords at play level; role entry keywords; role folders', () => {
  const play = labels('p.yml', '- hosts: all\n  ‸\n');
  for (const k of ['tasks', 'handlers', 'vars_files', 'gather_facts', 'become']) assert.ok(play.includes(k), k);
  assert.ok(!play.includes('register'));
  const roles = labels('site.yml', '- hosts: all\n  roles:\n    - ‸\n');
  assert.ok(roles.includes('nginx'), 'the role folder');
});

test('completion: options of apt (required first), values of state, booleans', () => {
  const opts = labels('roles/nginx/tasks/t.yml', '- apt:\n    ‸\n');
  for (const o of ['name', 'state', 'update_cache']) assert.ok(opts.includes(o), o);
  const service = (() => {
    const text = '- service:\n    \n';
    const path = join(dir, 'roles/nginx/tasks/t.yml');
    const m = ws().parse({ uri: pathToFileURL(path).href, path, text });
    return ws().findCompletions(m, { line: 1, character: 4 });
  })();
  assert.equal([...service].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0].label, 'name', 'the required option first');
  assert.ok(!labels('roles/nginx/tasks/t.yml', '- apt:\n    pkg: git\n    ‸\n').includes('name'), 'an option given by its alias is left out');
  assert.deepEqual(labels('roles/nginx/tasks/t.yml', '- apt:\n    name: git\n    state: ‸\n').sort(), ['absent', 'build-dep', 'fixed', 'latest', 'present']);
  assert.deepEqual(labels('roles/nginx/tasks/t.yml', '- apt:\n    update_cache: ‸\n'), ['true', 'false']);
  assert.deepEqual(labels('p.yml', '- hosts: all\n  become: ‸\n'), ['true', 'false']);
});

test('completion: notify offers the handlers of the play and of its roles; hosts, the inventory', () => {
  const text = PLAYBOOK.replace('notify: Restart nginx', 'notify: ‸');
  const got = labels('site.yml', text);
  for (const h of ['Restart nginx', 'Reload nginx', 'reload web', 'restart from role']) assert.ok(got.includes(h), h);
  const list = labels('site.yml', PLAYBOOK.replace('notify: Restart nginx', 'notify:\n        - ‸'));
  assert.ok(list.includes('Restart nginx'));
  const hosts = labels('p.yml', '- hosts: ‸\n');
  for (const h of ['all', 'web', 'db', 'prod', 'cache', 'web1', 'redis1']) assert.ok(hosts.includes(h), h);
});

test('completion: inside {{ }} variables (play vars, vars files, group_vars, registered), filters after |', () => {
  const got = labels('site.yml', PLAYBOOK.replace('{{ http_port | default(80) }}', '{{ ‸ }}'));
  for (const v of ['http_port', 'app_user', 'app_dir', 'result', 'log_level', 'nginx_port', 'inventory_hostname', 'ansible_facts']) assert.ok(got.includes(v), v);
  const filters = labels('site.yml', PLAYBOOK.replace('default(80)', '‸'));
  assert.deepEqual(filters, allFilters().map((f) => f.name));
  assert.ok(!filters.includes('http_port'), 'after | only filters');
  const when = labels('site.yml', PLAYBOOK.replace('when: result is changed and http_port > 80', 'when: ‸'));
  assert.ok(when.includes('result') && when.includes('http_port'));
});

test('hover and completion stay quiet on odd shapes', () => {
  for (const text of ['- hosts:\n', '-\n', '- tasks: 3\n  hosts: [1, {a: b}]\n', '- name: x\n  apt: [1, 2]\n  notify: {a: 1}\n']) {
    const path = join(dir || (ws(), dir), 'odd.yml');
    const m = ws().parse({ uri: pathToFileURL(path).href, path, text });
    for (let i = 0; i <= text.length; i++) {
      const before = text.slice(0, i).split('\n');
      const pos = { line: before.length - 1, character: before[before.length - 1].length };
      ws().findHover(m, pos);
      ws().findCompletions(m, pos);
      ws().doHover(m, pos, EN);
    }
  }
});

test("hover: a role's meta/main.yml — its keys and the roles it depends on", () => {
  const META = 'galaxy_info:\n  author: me\ndependencies:\n  - common\n  - role: nginx\n    nginx_port: 8080\nallow_duplicates: false\n';
  assert.equal(hover('roles/app/meta/main.yml', 'dependencies', 1, META)?.entryId, 'ansible.meta.dependencies');
  assert.equal(hover('roles/app/meta/main.yml', 'galaxy_info', 1, META)?.entryId, 'ansible.meta.galaxy_info');
  assert.equal(hover('roles/app/meta/main.yml', 'allow_duplicates', 1, META)?.entryId, 'ansible.meta.allow_duplicates');
  assert.equal(hover('roles/app/meta/main.yml', 'common', 1, META)?.entryId, 'ansible.role');
  assert.equal(hover('roles/app/meta/main.yml', 'author', 1, META), null, 'a key without an entry has no hover');
  // The same keys in a playbook's vars are variables, not meta fields.
  const play = '- hosts: all\n  vars:\n    dependencies: [a]\n  tasks: []\n';
  assert.notEqual(hover('site2.yml', 'dependencies', 1, play)?.entryId, 'ansible.meta.dependencies');
});

test('completion in an INI inventory: connection variables after a host and in [group:vars], groups in headers and :children', () => {
  const INV = '[web]\nweb1 ‸\n';
  const afterHost = labels('inventory/t.ini', INV);
  assert.ok(afterHost.includes('ansible_host') && afterHost.includes('ansible_user') && afterHost.includes('ansible_port'));
  assert.deepEqual(labels('inventory/t.ini', '[web]\n‸\n'), [], 'a host name itself is not completed');
  const vars = labels('inventory/t.ini', '[web]\nweb1\n[web:vars]\nansible_‸\n');
  assert.ok(vars.includes('ansible_user') && vars.includes('ansible_become'));
  assert.deepEqual(labels('inventory/t.ini', '[web]\nweb1\n[web:vars]\nansible_user=‸\n'), [], 'no variable names in a value');
  const children = labels('inventory/t.ini', '[web]\nweb1\n[db]\ndb1\n[prod:children]\n‸\n');
  assert.ok(children.includes('web') && children.includes('db') && !children.includes('prod'), children.join());
  assert.ok(labels('inventory/t.ini', '[web]\nweb1\n[‸\n').includes('web'));
});

test('completion: the first task of a new task file, before its module is typed, offers modules', () => {
  const got = labels('roles/nginx/tasks/new.yml', '- name: Install nginx\n  ‸\n');
  assert.ok(got.includes('apt') && got.includes('register'), got.slice(0, 10).join());
});
