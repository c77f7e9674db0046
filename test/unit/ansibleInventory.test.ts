// The inventory parsers: INI (groups, `:children`, `:vars`, host variables, ranges counted not expanded, comments,
// what cannot be read) and YAML (`all:` → `children` → `hosts`, group and host variables).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostCount, parseInventory } from '../../server/src/service/ansible/inventory';
import { yamlInventoryGroups, type YamlInventoryGroup } from '../../server/src/service/ansible/model';
import { yamlDocs } from '../../server/src/service/kinds/yaml';
import { model } from '../helpers';

test('INI: groups, hosts with key=value variables (quoted values, comments), ungrouped hosts', () => {
  const inv = parseInventory([
    'bastion.example.com',
    '[web]',
    'web1 ansible_host=192.0.2.10 ansible_port=2222',
    'web2 ansible_host="10.0.0.2" comment=\'two words\' # the second',
    '; a comment line',
    '# another',
    '[db]',
    'db1',
  ].join('\n'));
  assert.deepEqual([...inv.groups.keys()], ['ungrouped', 'web', 'db']);
  assert.deepEqual(inv.groups.get('ungrouped')!.hosts.map((h) => h.name), ['bastion.example.com']);
  const [w1, w2] = inv.groups.get('web')!.hosts;
  assert.deepEqual(w1.vars.map((v) => `${v.key}=${v.value}`), ['ansible_host=192.0.2.10', 'ansible_port=2222']);
  assert.deepEqual(w2.vars.map((v) => `${v.key}=${v.value}`), ['ansible_host=10.0.0.2', 'comment=two words'], 'quotes removed, the comment ignored');
  assert.deepEqual({ line: w1.vars[0].line, start: w1.vars[0].start, end: w1.vars[0].end }, { line: 2, start: 5, end: 17 }, 'the key’s columns');
  assert.deepEqual(inv.groups.get('db')!.hosts.map((h) => h.name), ['db1']);
  assert.deepEqual(inv.problems, []);
});

test('INI: [group:children] and [group:vars] sections; a group written twice is one group with two sections', () => {
  const inv = parseInventory('[amazon]\n1.1.1.1\n[ubuntu]\nec2-3-24\n[linux:children]\namazon\nubuntu\n[linux:vars]\nansible_user=ubuntu\nntp = pool.ntp.org\n[amazon]\n2.2.2.2\n');
  const linux = inv.groups.get('linux')!;
  assert.deepEqual(linux.children.map((c) => c.name), ['amazon', 'ubuntu']);
  assert.deepEqual(linux.vars.map((v) => `${v.key}=${v.value}`), ['ansible_user=ubuntu', 'ntp=pool.ntp.org']);
  assert.deepEqual(linux.sections.map((s) => s.kind), ['children', 'vars']);
  const amazon = inv.groups.get('amazon')!;
  assert.deepEqual(amazon.hosts.map((h) => h.name), ['1.1.1.1', '2.2.2.2']);
  assert.deepEqual(amazon.sections.map((s) => s.line), [0, 10]);
});

test('INI: host ranges are counted, never expanded; malformed ranges and headers are problems', () => {
  assert.equal(hostCount('web[01:10].example.com'), 10);
  assert.equal(hostCount('db-[a:f]'), 6);
  assert.equal(hostCount('node[0:20:5]'), 5);
  assert.equal(hostCount('rack[1:2]-u[1:3]'), 6);
  assert.equal(hostCount('huge[1:10000000]'), 10_000_000, 'ten million hosts cost nothing');
  assert.equal(hostCount('plain'), 1);
  for (const bad of ['web[10:1]', 'web[1:a]', 'web[1-3]', 'web[1:3', 'web]1:3[', 'web[aa:c]', 'web[1:5:0]']) assert.equal(hostCount(bad), undefined, bad);
  // `[web:hosts]` is accepted by Ansible (the explicit form of `[web]`); `[web:other]` is not.
  const inv = parseInventory('[web]\nweb[01:03]\nweb[3:1]\n[bad group]\nx\n[web:hosts]\ny\n[unclosed\n[web:other]\n');
  assert.equal(inv.groups.get('web')!.hosts[0].count, 3);
  assert.deepEqual(inv.groups.get('web')!.hosts.map((h) => h.name), ['web[01:03]', 'web[3:1]', 'y']);
  assert.deepEqual(inv.problems.map((p) => `${p.what}@${p.line}`), ['range@2', 'section@3', 'section@7', 'section@8']);
});

test('INI: CRLF line ends and a line with only variables-like words', () => {
  const inv = parseInventory('[web]\r\nweb1 ansible_user=ubuntu\r\n\r\n[web:vars]\r\nhttp_port=80\r\n');
  assert.deepEqual(inv.groups.get('web')!.hosts[0].vars.map((v) => v.value), ['ubuntu']);
  assert.deepEqual(inv.groups.get('web')!.vars.map((v) => v.value), ['80']);
});

const names = (groups: YamlInventoryGroup[]): string[] => groups.flatMap((g) => [`${g.name}(${g.hosts.map((h) => h.name).join(',')})`, ...names(g.children)]);

test('YAML inventory: all → children → hosts, group vars and host variables', () => {
  const m = model('inventory/prod.yml', [
    'all:',
    '  vars:',
    '    ansible_user: ubuntu',
    '  children:',
    '    web:',
    '      hosts:',
    '        web1:',
    '          ansible_host: 10.0.0.1',
    '        web2:',
    '    db:',
    '      hosts:',
    '        db1: {}',
    '      vars:',
    '        db_port: 5432',
    '      children:',
    '        replicas:',
    '          hosts:',
    '            db2:',
    '',
  ].join('\n'));
  const [doc] = yamlDocs(m);
  assert.equal(doc.format, 'ansible-inventory');
  const groups = yamlInventoryGroups(doc);
  assert.deepEqual(names(groups), ['all()', 'web(web1,web2)', 'db(db1)', 'replicas(db2)']);
  assert.deepEqual(groups[0].vars, ['ansible_user']);
  const db = groups[0].children.find((g) => g.name === 'db')!;
  assert.ok(db.vars.includes('db_port'));
  const web = groups[0].children.find((g) => g.name === 'web')!;
  assert.ok(web.vars.includes('ansible_host'), 'a host’s own variables are the group’s variable names too');
});

test('YAML inventory: odd shapes are read without throwing (scalars, nulls, deep nesting)', () => {
  const deep = `all:\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(2 * i + 1)}children:\n${'  '.repeat(2 * i + 2)}g${i}:`).join('\n')}\n`;
  for (const text of ['all:\n  hosts: 5\n', 'all:\n  children:\n    - web\n', 'all:\n  children:\n    web:\n', deep]) {
    const [doc] = yamlDocs(model('inventory/odd.yml', text));
    if (doc?.format === 'ansible-inventory') assert.doesNotThrow(() => yamlInventoryGroups(doc));
  }
  const [doc] = yamlDocs(model('inventory/deep.yml', deep));
  assert.ok(names(yamlInventoryGroups(doc)).length <= 22, 'nesting is followed to a bounded depth');
});
