// The flow, facts and collection module table (server/src/service/ansible/data/modules-flow.ts): every text in both
// languages, option facts that agree with each other (defaults among the choices and of the option's type, aliases
// that shadow no option, constraint groups naming real options), official https links, note citations that exist,
// no module that data/modules-core.ts already has, and the table reachable through the lookups by short name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORE_MODULES } from '../../server/src/service/ansible/data/modules-core';
import { FLOW_MODULES } from '../../server/src/service/ansible/data/modules-flow';
import type { ModuleSpec, OptionSpec } from '../../server/src/service/ansible/data/types';
import { BUILTIN_MODULES, findModule, findOption } from '../../server/src/service/ansible/lookup';
import { resolveEntry } from '../../server/src/service/ansible/entries';
import { serviceData } from '../helpers';

const HANGUL = /[\uAC00-\uD7A3]/;

/** The modules the table was asked to cover (issue 14). */
const EXPECTED = [
  ...['set_fact', 'assert', 'fail', 'include_tasks', 'import_tasks', 'include_role', 'import_role', 'include_vars', 'import_playbook',
    'setup', 'gather_facts', 'ping', 'meta', 'pause', 'add_host', 'group_by', 'wait_for_connection', 'async_status', 'service_facts',
    'package_facts', 'set_stats', 'validate_argument_spec'].map((m) => `ansible.builtin.${m}`),
  'ansible.posix.synchronize', 'ansible.posix.authorized_key', 'ansible.posix.firewalld',
  'community.docker.docker_container', 'community.docker.docker_container_exec', 'community.docker.docker_image',
  'community.docker.docker_network', 'community.docker.docker_volume', 'community.docker.docker_compose_v2', 'community.docker.docker_login',
  'amazon.aws.ec2_metadata_facts',
  'community.general.ufw', 'community.general.timezone', 'community.general.npm', 'community.general.ini_file', 'community.general.archive',
  'kubernetes.core.k8s', 'kubernetes.core.k8s_info', 'kubernetes.core.helm', 'kubernetes.core.helm_repository',
];

function checkText(what: string, t: { ko: string; en: string }) {
  assert.ok(t.ko?.trim(), `${what}: no Korean text`);
  assert.ok(t.en?.trim(), `${what}: no English text`);
  assert.match(t.ko, HANGUL, `${what}: the Korean text has no Hangul: ${t.ko}`);
  assert.doesNotMatch(t.en, HANGUL, `${what}: Hangul in the English text: ${t.en}`);
  assert.notEqual(t.ko, t.en, `${what}: the same text in both languages`);
}

/** Does a literal fit the option's type, as ansible would accept it without conversion? */
function fitsType(o: OptionSpec, v: string | number | boolean): boolean {
  const t = o.type === 'list' ? (o.elements ?? 'raw') : o.type;
  if (t === 'bool') return typeof v === 'boolean';
  if (t === 'int') return Number.isInteger(v);
  if (t === 'float') return typeof v === 'number';
  if (t === 'str' || t === 'path') return typeof v === 'string';
  // A list default written as one string is its single item (`parents: all`); dict defaults are not written.
  return t === 'raw' || t === 'jsonarg' || t === 'bytes' || typeof v === 'string';
}

const optionNames = (m: ModuleSpec) => new Set(Object.keys(m.options));

test('the table covers the modules asked for, each once, none also in modules-core', () => {
  const names = FLOW_MODULES.map((m) => m.name);
  assert.deepEqual([...names].sort(), [...EXPECTED].sort());
  assert.equal(new Set(names).size, names.length, 'a module is listed twice');
  const core = new Set(CORE_MODULES.map((m) => m.name));
  for (const n of names) assert.ok(!core.has(n), `${n} is already in modules-core.ts`);
  for (const n of names) assert.match(n, /^[a-z_]+\.[a-z_]+\.[a-z0-9_]+$/, `${n}: not a fully qualified collection name`);
  // The ansible.builtin ones are real ansible-core modules.
  for (const n of names.filter((x) => x.startsWith('ansible.builtin.'))) assert.ok(BUILTIN_MODULES.includes(n.split('.')[2]), `${n} is not an ansible-core module`);
});

test('every module and option has its text in Korean and English', () => {
  for (const m of FLOW_MODULES) {
    checkText(`${m.name} summary`, m.summary);
    checkText(`${m.name} desc`, m.desc);
    assert.ok(!m.summary.en.includes('\n') && !m.summary.ko.includes('\n'), `${m.name}: the summary is one line`);
    for (const [k, o] of Object.entries(m.options)) checkText(`${m.name}.${k}`, o.desc);
  }
});

test('option facts agree: defaults among choices and of the option type, elements only on lists, choices of the type', () => {
  for (const m of FLOW_MODULES) {
    for (const [k, o] of Object.entries(m.options)) {
      const what = `${m.name}.${k}`;
      assert.match(k, /^[a-z][a-z0-9_]*$/, `${what}: odd option name`);
      if (o.elements) assert.equal(o.type, 'list', `${what}: elements on a ${o.type}`);
      if (o.default !== undefined && o.default !== null) {
        assert.ok(fitsType(o, o.default), `${what}: default ${JSON.stringify(o.default)} is not a ${o.type}`);
        if (o.choices) assert.ok(o.choices.includes(o.default), `${what}: default ${JSON.stringify(o.default)} not among ${o.choices.join(', ')}`);
      }
      for (const c of o.choices ?? []) assert.ok(fitsType(o, c), `${what}: choice ${JSON.stringify(c)} is not a ${o.type}`);
      if (o.choices) assert.equal(new Set(o.choices).size, o.choices.length, `${what}: repeated choice`);
      if (o.required) assert.ok(o.default === undefined, `${what}: required and defaulted`);
    }
  }
});

test('aliases shadow no option and belong to one option only', () => {
  for (const m of FLOW_MODULES) {
    const names = optionNames(m);
    const seen = new Map<string, string>();
    for (const [k, o] of Object.entries(m.options)) {
      for (const a of o.aliases ?? []) {
        assert.ok(!names.has(a), `${m.name}: alias ${a} of ${k} is also an option name`);
        assert.ok(!seen.has(a), `${m.name}: alias ${a} of ${k} is also an alias of ${seen.get(a)}`);
        assert.notEqual(a, k, `${m.name}.${k}: aliases itself`);
        seen.set(a, k);
      }
    }
  }
});

test('constraint groups name real options, with values the option accepts', () => {
  for (const m of FLOW_MODULES) {
    const names = optionNames(m);
    const groups: [string, string[]][] = [
      ...(m.mutuallyExclusive ?? []).map((g): [string, string[]] => ['mutuallyExclusive', g]),
      ...(m.requiredOneOf ?? []).map((g): [string, string[]] => ['requiredOneOf', g]),
      ...(m.requiredTogether ?? []).map((g): [string, string[]] => ['requiredTogether', g]),
    ];
    for (const [kind, g] of groups) {
      assert.ok(g.length >= 2, `${m.name} ${kind}: a group of one`);
      for (const n of g) assert.ok(names.has(n), `${m.name} ${kind}: no option ${n}`);
    }
    for (const [opt, value, needed] of m.requiredIf ?? []) {
      const o = m.options[opt];
      assert.ok(o, `${m.name} requiredIf: no option ${opt}`);
      assert.ok(fitsType(o, value), `${m.name} requiredIf: ${opt} can never be ${JSON.stringify(value)}`);
      if (o.choices) assert.ok(o.choices.includes(value), `${m.name} requiredIf: ${JSON.stringify(value)} is not a choice of ${opt}`);
      assert.ok(needed.length > 0, `${m.name} requiredIf ${opt}: nothing required`);
      for (const n of needed) assert.ok(names.has(n), `${m.name} requiredIf ${opt}: no option ${n}`);
    }
    // A required option in a mutually exclusive group would make the module unusable.
    for (const g of m.mutuallyExclusive ?? []) for (const n of g) assert.ok(!m.options[n].required, `${m.name}: required ${n} is exclusive with others`);
  }
});

test('free-form modules keep their free form as `free_form`; docs are the official https pages; citations exist', () => {
  const notes = serviceData().notes;
  for (const m of FLOW_MODULES) {
    if (m.freeForm) assert.ok(m.options.free_form, `${m.name}: free form without a free_form option`);
    const u = new URL(m.docs);
    assert.equal(u.protocol, 'https:', `${m.name}: docs not https`);
    assert.equal(u.hostname, 'docs.ansible.com', `${m.name}: docs not on docs.ansible.com`);
    const [ns, coll, mod] = m.name.split('.');
    assert.ok(u.pathname.endsWith(`/collections/${ns}/${coll}/${mod}_module.html`), `${m.name}: docs page ${m.docs} is not this module's`);
    for (const c of m.notes ?? []) {
      const note = notes.find((n) => n.id === c.note);
      assert.ok(note, `${m.name}: no note ${c.note}`);
      assert.ok(note.headings.some((h) => h.text === c.section), `${m.name}: note ${c.note} has no heading "${c.section}"`);
    }
  }
});

test('the table is reachable through the lookups and the kb entries', () => {
  // Short names: ansible.builtin first, collection modules by their own short name (ansible-core's redirects).
  assert.equal(findModule('set_fact')?.name, 'ansible.builtin.set_fact');
  assert.equal(findModule('ansible.legacy.include_tasks')?.name, 'ansible.builtin.include_tasks');
  assert.equal(findModule('synchronize')?.name, 'ansible.posix.synchronize');
  assert.equal(findModule('docker_container')?.name, 'community.docker.docker_container');
  assert.equal(findModule('community.docker.docker_container_exec')?.name, 'community.docker.docker_container_exec');
  assert.equal(findModule('amazon.aws.ec2_metadata_fact'), undefined);
  // Aliases resolve to the canonical option.
  const dc = findModule('community.docker.docker_container')!;
  assert.equal(findOption(dc, 'ports')?.name, 'published_ports');
  assert.equal(findOption(dc, 'restart_policy')?.spec.choices?.includes('unless-stopped'), true);
  assert.equal(findOption(dc, 'unless_stopped'), undefined);
  assert.equal(findOption(findModule('helm')!, 'state')?.name, 'release_state');
  assert.equal(findOption(findModule('k8s')!, 'definition')?.name, 'resource_definition');
  // kb entries for a module and an option.
  const entry = resolveEntry('ansible.module.ansible.posix.synchronize');
  assert.ok(entry, 'no kb entry for synchronize');
  assert.match(entry.body.ko, /`archive`/);
  assert.deepEqual(entry.notes, [{ note: '002', section: 'Module' }]);
  const opt = resolveEntry('ansible.option.community.docker.docker_container.restart_policy');
  assert.ok(opt, 'no kb entry for docker_container.restart_policy');
  assert.match(opt.body.en, /unless-stopped/);
});

test('the modules that take arbitrary keys or grow quickly are not complete', () => {
  // set_fact and add_host take any variable name as a key; a complete table would call those keys unknown.
  for (const n of ['ansible.builtin.set_fact', 'ansible.builtin.add_host', 'ansible.builtin.gather_facts', 'community.docker.docker_container', 'kubernetes.core.k8s']) {
    assert.equal(FLOW_MODULES.find((m) => m.name === n)?.complete, false, `${n} should be complete: false`);
  }
  assert.ok(FLOW_MODULES.find((m) => m.name === 'ansible.builtin.set_fact')!.options.cacheable);
  // The notes' rsync example: archive, checksum, recursive and delete are real options of synchronize.
  const sync = FLOW_MODULES.find((m) => m.name === 'ansible.posix.synchronize')!;
  for (const k of ['archive', 'checksum', 'recursive', 'delete', 'src', 'dest']) assert.ok(sync.options[k], `synchronize.${k}`);
  assert.equal(sync.options.archieve, undefined);
});
