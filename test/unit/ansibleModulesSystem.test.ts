// The system module table (server/src/service/ansible/data/modules-system.ts) on its own: texts in both languages,
// option facts that agree with each other (defaults within choices and of the option's type, aliases that do not
// shadow other options, relation groups naming real options), official https docs, note citations that exist, and
// the lookups resolving the short names a task writes to these specs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_DIR } from '../helpers';
import { loadServiceData } from '../../server/src/service/data/load';
import { SYSTEM_MODULES } from '../../server/src/service/ansible/data/modules-system';
import { CORE_MODULES } from '../../server/src/service/ansible/data/modules-core';
import type { Localized, ModuleSpec, OptionSpec } from '../../server/src/service/ansible/data/types';
import { findModule, findOption, isBuiltinModuleName } from '../../server/src/service/ansible/lookup';

const HANGUL = /[가-힣]/;
const TYPES = new Set(['str', 'bool', 'int', 'float', 'path', 'list', 'dict', 'raw', 'jsonarg', 'bytes']);

/** The modules the table was asked to cover (ansible.builtin unless an FQCN is given). */
const EXPECTED = [
  'yum', 'dnf', 'package', 'systemd', 'systemd_service', 'raw', 'script', 'file', 'lineinfile', 'blockinfile', 'replace', 'user',
  'apt_repository', 'apt_key', 'pip', 'cron', 'hostname', 'reboot', 'unarchive', 'get_url', 'uri', 'git', 'find', 'fetch', 'slurp',
  'stat', 'wait_for', 'assemble', 'tempfile', 'known_hosts', 'yum_repository', 'rpm_key', 'deb822_repository', 'iptables', 'expect',
  'getent', 'dpkg_selections', 'debconf', 'ansible.posix.mount', 'ansible.posix.sysctl',
].map((n) => (n.includes('.') ? n : `ansible.builtin.${n}`));

function checkText(what: string, l: Localized) {
  assert.ok(l && typeof l.ko === 'string' && typeof l.en === 'string', `${what}: ko and en are required`);
  assert.ok(l.ko.trim() && l.en.trim(), `${what}: empty text`);
  assert.match(l.ko, HANGUL, `${what}: the Korean text has no Hangul`);
  assert.doesNotMatch(l.en.replace(/`[^`]*`/g, ''), HANGUL, `${what}: the English text has Hangul in it`);
  for (const t of [l.ko, l.en]) {
    assert.equal((t.match(/`/g) ?? []).length % 2, 0, `${what}: unbalanced backticks in "${t}"`);
    assert.doesNotMatch(t, /\*\*|__/, `${what}: no markdown emphasis in "${t}"`);
  }
}

function checkDefault(what: string, o: OptionSpec) {
  if (o.default === undefined || o.default === null) return;
  const d = o.default;
  if (o.type === 'bool') assert.equal(typeof d, 'boolean', `${what}: a bool's default must be true/false, not ${JSON.stringify(d)}`);
  else if (o.type === 'int') assert.ok(Number.isInteger(d), `${what}: an int's default must be an integer, not ${JSON.stringify(d)}`);
  else if (o.type === 'float') assert.equal(typeof d, 'number', `${what}: a float's default must be a number`);
  else if (o.type === 'str' || o.type === 'path') assert.equal(typeof d, 'string', `${what}: a ${o.type}'s default must be a string, not ${JSON.stringify(d)}`);
  if (o.choices) assert.ok(o.choices.includes(d), `${what}: default ${JSON.stringify(d)} is not one of its choices ${JSON.stringify(o.choices)}`);
}

/** Every option name and alias of a module, each claimed once. */
function namesOf(m: ModuleSpec): Map<string, string> {
  const owner = new Map<string, string>();
  for (const name of Object.keys(m.options)) owner.set(name, name);
  for (const [name, o] of Object.entries(m.options)) {
    const seen = new Set<string>();
    for (const a of o.aliases ?? []) {
      assert.notEqual(a, name, `${m.name}.${name}: alias repeats the option's own name`);
      assert.ok(!seen.has(a), `${m.name}.${name}: alias ${a} listed twice`);
      seen.add(a);
      const prev = owner.get(a);
      assert.ok(prev === undefined, `${m.name}.${name}: alias ${a} collides with option or alias of ${prev}`);
      owner.set(a, name);
    }
  }
  return owner;
}

test('system modules: every requested module is there once, with an FQCN not used by the core table', () => {
  const names = SYSTEM_MODULES.map((m) => m.name);
  assert.equal(new Set(names).size, names.length, 'duplicate module names');
  assert.deepEqual([...names].sort(), [...EXPECTED].sort());
  const core = new Set(CORE_MODULES.map((m) => m.name));
  for (const n of names) {
    assert.match(n, /^ansible\.(builtin|posix)\.[a-z0-9_]+$/, `${n}: not an FQCN we expect`);
    assert.ok(!core.has(n), `${n} is in the core table too`);
    if (n.startsWith('ansible.builtin.')) assert.ok(isBuiltinModuleName(n), `${n}: not in BUILTIN_MODULES`);
  }
});

test('system modules: summary, description and every option text in Korean and English', () => {
  let options = 0;
  for (const m of SYSTEM_MODULES) {
    checkText(`${m.name}.summary`, m.summary);
    checkText(`${m.name}.desc`, m.desc);
    assert.ok(m.desc.ko.length > 80 && m.desc.en.length > 80, `${m.name}: the description should say what it is for and what it replaces`);
    assert.ok(Object.keys(m.options).length > 0, `${m.name}: no options`);
    for (const [name, o] of Object.entries(m.options)) {
      options++;
      assert.match(name, /^[a-z][a-z0-9_]*$/, `${m.name}: odd option name ${name}`);
      checkText(`${m.name}.${name}`, o.desc);
    }
  }
  assert.ok(options >= 600, `only ${options} options`);
});

test('system modules: types, elements, defaults within choices, choices without repeats', () => {
  for (const m of SYSTEM_MODULES) {
    for (const [name, o] of Object.entries(m.options)) {
      const what = `${m.name}.${name}`;
      assert.ok(TYPES.has(o.type), `${what}: unknown type ${o.type}`);
      if (o.elements) {
        assert.equal(o.type, 'list', `${what}: elements on a ${o.type}`);
        assert.ok(TYPES.has(o.elements), `${what}: unknown element type ${o.elements}`);
      }
      if (o.choices) {
        assert.ok(o.choices.length > 0, `${what}: empty choices`);
        assert.equal(new Set(o.choices).size, o.choices.length, `${what}: repeated choice`);
      }
      if (o.required) assert.equal(o.default, undefined, `${what}: required with a default`);
      checkDefault(what, o);
    }
  }
});

test('system modules: aliases do not collide with other options or aliases', () => {
  for (const m of SYSTEM_MODULES) namesOf(m);
});

test('system modules: mutuallyExclusive, requiredOneOf, requiredTogether and requiredIf name real options', () => {
  for (const m of SYSTEM_MODULES) {
    const has = (n: string, where: string) => assert.ok(m.options[n], `${m.name}.${where}: no option ${n}`);
    for (const [key, groups] of [['mutuallyExclusive', m.mutuallyExclusive], ['requiredOneOf', m.requiredOneOf], ['requiredTogether', m.requiredTogether]] as const) {
      for (const g of groups ?? []) {
        assert.ok(g.length >= 2, `${m.name}.${key}: a group needs two options`);
        assert.equal(new Set(g).size, g.length, `${m.name}.${key}: repeated option in ${g.join(',')}`);
        for (const n of g) has(n, key);
      }
    }
    for (const [opt, value, needed] of m.requiredIf ?? []) {
      has(opt, 'requiredIf');
      const o = m.options[opt];
      if (o.choices) assert.ok(o.choices.includes(value), `${m.name}.requiredIf: ${opt} can never be ${JSON.stringify(value)}`);
      if (o.type === 'bool') assert.equal(typeof value, 'boolean', `${m.name}.requiredIf: ${opt} is a bool`);
      assert.ok(needed.length > 0);
      for (const n of needed) {
        has(n, 'requiredIf');
        assert.notEqual(n, opt, `${m.name}.requiredIf: ${opt} requires itself`);
      }
    }
  }
});

test('system modules: official https docs page of the module; note citations exist', () => {
  const notes = loadServiceData(DATA_DIR).notes;
  for (const m of SYSTEM_MODULES) {
    const u = new URL(m.docs);
    assert.equal(u.protocol, 'https:', `${m.name}: docs must be https`);
    const [ns, coll, mod] = m.name.split('.');
    assert.equal(m.docs, `https://docs.ansible.com/ansible/latest/collections/${ns}/${coll}/${mod}_module.html`, `${m.name}: not its docs page`);
    for (const c of m.notes ?? []) {
      const note = notes.find((n) => n.id === c.note);
      assert.ok(note, `${m.name}: no note ${c.note}`);
      assert.ok(note.headings.some((h) => h.text === c.section), `${m.name}: note ${c.note} has no heading "${c.section}"`);
    }
  }
});

test('system modules: free-form and not-idempotent flags where the module works that way', () => {
  const get = (n: string) => SYSTEM_MODULES.find((m) => m.name === `ansible.builtin.${n}`)!;
  for (const n of ['raw', 'script']) {
    assert.equal(get(n).freeForm, true, `${n} takes a free-form string`);
    assert.ok(get(n).options.free_form, `${n}: free_form option`);
  }
  for (const n of ['raw', 'script', 'expect', 'reboot']) assert.equal(get(n).notIdempotent, true, `${n} acts on every run`);
  for (const m of SYSTEM_MODULES) {
    if (m.freeForm) assert.ok(m.options.free_form, `${m.name}: freeForm without a free_form option`);
    else assert.equal(m.options.free_form, undefined, `${m.name}: free_form option but not freeForm`);
  }
  for (const n of ['file', 'lineinfile', 'user', 'git', 'get_url', 'uri', 'unarchive', 'pip', 'cron', 'stat', 'wait_for', 'systemd', 'yum', 'dnf', 'package']) {
    assert.notEqual(get(n).complete, false, `${n} should list every option`);
  }
});

test('system modules: the lookups resolve short names, legacy names and aliases to these specs', () => {
  for (const m of SYSTEM_MODULES) {
    assert.equal(findModule(m.name), m, `${m.name} by FQCN`);
    const short = m.name.split('.').pop()!;
    if (m.name.startsWith('ansible.builtin.')) {
      assert.equal(findModule(short), m, `${short} by short name`);
      assert.equal(findModule(`ansible.legacy.${short}`), m, `${short} by ansible.legacy`);
    }
    for (const [name, o] of Object.entries(m.options)) {
      for (const a of o.aliases ?? []) assert.equal(findOption(m, a)?.name, name, `${m.name}: alias ${a} → ${name}`);
    }
  }
  const file = findModule('file')!;
  assert.equal(findOption(file, 'dest')?.name, 'path');
  assert.equal(findOption(file, 'destination'), undefined, 'a made-up option is not found');
  assert.deepEqual(findModule('lineinfile')!.mutuallyExclusive?.[0], ['insertbefore', 'insertafter']);
  // yum is redirected to dnf in 2.17: the same options
  assert.equal(findModule('yum')!.options, findModule('dnf')!.options);
  assert.equal(findModule('systemd')!.options, findModule('systemd_service')!.options);
  assert.equal(findOption(findModule('systemd')!, 'daemon-reload')?.name, 'daemon_reload');
});
