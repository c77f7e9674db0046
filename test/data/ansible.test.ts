// Data integrity of every Ansible table, read through KNOWLEDGE (knowledge.ts), so a module table added there is
// checked without touching this file: texts in Korean and English, markdown that renders, note citations that
// exist, module option specs that agree with themselves, keyword texts for every keyword with the same levels,
// unique filter, test and variable names, and kb entries for all of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_DIR } from '../helpers';
import { loadServiceData } from '../../server/src/service/data/load';
import { KNOWLEDGE } from '../../server/src/service/ansible/knowledge';
import { EXPRESSION_KEYWORDS, KEYWORD_LEVELS, REMOVED_KEYWORDS, WITH_LOOKUPS } from '../../server/src/service/ansible/data/keywords';
import { ORPHAN_KEYWORD_TEXTS } from '../../server/src/service/ansible/data/keyword-docs';
import { BUILTIN_MODULES, findOption } from '../../server/src/service/ansible/lookup';
import { resolveEntry } from '../../server/src/service/ansible/entries';
import type { FilterSpec, ModuleSpec, NoteCitation, OptionSpec } from '../../server/src/service/ansible/data/types';
import type { Localized } from '../../server/src/service/types';

const data = loadServiceData(DATA_DIR);
const HANGUL = /[가-힣]/;
const { modules, keywords, filters, tests, variables } = KNOWLEDGE;

/** Every localized text of the tables with where it is, for the checks that apply to all of them. */
function allTexts(): [string, Localized | undefined][] {
  const out: [string, Localized | undefined][] = [];
  for (const m of modules) {
    out.push([`${m.name}.summary`, m.summary], [`${m.name}.desc`, m.desc]);
    for (const [k, o] of Object.entries(m.options ?? {})) out.push([`${m.name}.${k}`, o.desc]);
  }
  for (const k of keywords) {
    out.push([`keyword ${k.name}`, k.desc]);
    if (k.deprecated) out.push([`keyword ${k.name}.deprecated`, k.deprecated]);
  }
  for (const f of filters) out.push([`filter ${f.name}`, f.desc]);
  for (const t of tests) out.push([`test ${t.name}`, t.desc]);
  for (const v of variables) out.push([`variable ${v.name}`, v.desc]);
  return out;
}

function allCitations(): [string, NoteCitation][] {
  const out: [string, NoteCitation][] = [];
  const add = (what: string, notes: NoteCitation[] | undefined) => {
    for (const c of notes ?? []) out.push([what, c]);
  };
  for (const m of modules) add(m.name, m.notes);
  for (const k of keywords) add(`keyword ${k.name}`, k.notes);
  for (const f of filters) add(`filter ${f.name}`, f.notes);
  for (const t of tests) add(`test ${t.name}`, t.notes);
  for (const v of variables) add(`variable ${v.name}`, v.notes);
  return out;
}

/** Markdown that renders as written: paired backticks, bold markers, code fences and Jinja braces. */
function checkMarkdown(what: string, s: string) {
  const fences = (s.match(/```/g) ?? []).length;
  assert.equal(fences % 2, 0, `${what}: unbalanced code fence`);
  const outsideFences = s.replace(/```[\s\S]*?```/g, '');
  assert.equal((outsideFences.match(/`/g) ?? []).length % 2, 0, `${what}: unpaired backtick in ${JSON.stringify(s)}`);
  assert.equal((s.match(/\*\*/g) ?? []).length % 2, 0, `${what}: unpaired ** in ${JSON.stringify(s)}`);
  assert.equal((s.match(/\{\{/g) ?? []).length, (s.match(/\}\}/g) ?? []).length, `${what}: unbalanced {{ }} in ${JSON.stringify(s)}`);
}

test('every Ansible text has Korean and English, in its own language, with markdown that renders', () => {
  const texts = allTexts();
  assert.ok(texts.length > 200, `${texts.length} texts`);
  for (const [what, l] of texts) {
    assert.ok(l, `${what}: missing`);
    assert.equal(typeof l.ko, 'string', `${what}: ko missing`);
    assert.equal(typeof l.en, 'string', `${what}: en missing`);
    assert.ok(l.ko.trim() && l.en.trim(), `${what}: empty text`);
    assert.match(l.ko, HANGUL, `${what}: the Korean text has no Korean: ${l.ko}`);
    assert.doesNotMatch(l.en.replace(/`[^`]*`/g, ''), HANGUL, `${what}: the English text has Korean in it: ${l.en}`);
    checkMarkdown(`${what} (ko)`, l.ko);
    checkMarkdown(`${what} (en)`, l.en);
  }
});

test('every Ansible note citation names a heading of that note (server/data/notes.yaml)', () => {
  const cites = allCitations();
  assert.ok(cites.length > 20);
  for (const [what, c] of cites) {
    const note = data.notes.find((x) => x.id === c.note);
    assert.ok(note, `${what}: no note ${c.note}`);
    assert.ok(note.headings.some((h) => h.text === c.section), `${what}: note ${c.note} has no heading "${c.section}"`);
  }
});

const OPTION_TYPES = new Set(['str', 'bool', 'int', 'float', 'path', 'list', 'dict', 'raw', 'jsonarg', 'bytes']);
const NAME = /^[A-Za-z_][\w-]*$/;

function checkOption(m: ModuleSpec, name: string, o: OptionSpec) {
  const what = `${m.name}.${name}`;
  assert.match(name, NAME, `${what}: odd option name`);
  assert.ok(OPTION_TYPES.has(o.type), `${what}: type ${o.type}`);
  if (o.elements) {
    assert.equal(o.type, 'list', `${what}: elements on a ${o.type}`);
    assert.ok(OPTION_TYPES.has(o.elements), `${what}: elements ${o.elements}`);
  }
  assert.ok(!(o.required && o.default !== undefined && o.default !== null), `${what}: required with a default`);
  if (o.choices) {
    assert.ok(o.choices.length > 0, `${what}: empty choices`);
    assert.equal(new Set(o.choices).size, o.choices.length, `${what}: duplicate choices`);
    if (o.default !== undefined && o.default !== null && o.type !== 'list') {
      assert.ok(o.choices.includes(o.default), `${what}: default ${String(o.default)} is not one of ${o.choices.join(', ')}`);
    }
  }
  if (o.type === 'bool') {
    if (o.default !== undefined && o.default !== null) assert.equal(typeof o.default, 'boolean', `${what}: bool default ${String(o.default)}`);
    if (o.choices) assert.fail(`${what}: a bool option lists choices`);
  }
  if ((o.type === 'int' || o.type === 'float') && o.default !== undefined && o.default !== null) {
    assert.equal(typeof o.default, 'number', `${what}: ${o.type} default ${String(o.default)}`);
  }
}

test('modules: unique FQCN, options agree with themselves, constraints name options, builtin short names are known', () => {
  assert.ok(modules.length > 0);
  const seen = new Set<string>();
  for (const m of modules) {
    assert.match(m.name, /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, `${m.name}: not an FQCN`);
    assert.ok(!seen.has(m.name), `duplicate module ${m.name}`);
    seen.add(m.name);
    const docs = new URL(m.docs);
    assert.equal(docs.protocol, 'https:', `${m.name}: docs must be https`);
    const short = m.name.split('.').pop()!;
    if (m.name.startsWith('ansible.builtin.')) assert.ok(BUILTIN_MODULES.includes(short), `${m.name}: ${short} is not in lookup.ts BUILTIN_MODULES`);
    else assert.ok(!m.name.startsWith('ansible.legacy.'), `${m.name}: write ansible.builtin`);

    // Option names and aliases: every name a task may write resolves to exactly one option.
    const names = new Map<string, string>();
    for (const [name, o] of Object.entries(m.options)) {
      checkOption(m, name, o);
      for (const n of [name, ...(o.aliases ?? [])]) {
        assert.match(n, NAME, `${m.name}.${name}: odd alias ${n}`);
        const prev = names.get(n);
        assert.ok(prev === undefined, `${m.name}: "${n}" names both ${prev} and ${name}`);
        names.set(n, name);
      }
    }
    const known = (what: string, opt: string) => assert.ok(findOption(m, opt), `${m.name} ${what}: no option ${opt}`);
    for (const group of [...(m.mutuallyExclusive ?? []), ...(m.requiredTogether ?? [])]) {
      assert.ok(group.length >= 2, `${m.name}: a constraint group of one: ${group.join(', ')}`);
    }
    for (const group of [...(m.mutuallyExclusive ?? []), ...(m.requiredOneOf ?? []), ...(m.requiredTogether ?? [])]) {
      for (const opt of group) known('constraint', opt);
    }
    for (const [opt, value, needs] of m.requiredIf ?? []) {
      known('requiredIf', opt);
      for (const x of needs) known('requiredIf', x);
      const spec = findOption(m, opt)?.spec;
      if (spec?.choices) assert.ok(spec.choices.includes(value), `${m.name} requiredIf: ${opt} == ${String(value)} is not one of its choices`);
    }
  }
});

test('keywords: every keyword has a text with its levels; with_* loops and removed keywords say what to write instead', () => {
  const byName = new Map<string, (typeof keywords)[number]>();
  for (const k of keywords) {
    assert.ok(!byName.has(k.name), `duplicate keyword text ${k.name}`);
    byName.set(k.name, k);
    assert.ok(['bool', 'str', 'int', 'list', 'dict', 'jinja', 'tasks', 'raw'].includes(k.type), `${k.name}: type ${k.type}`);
    assert.ok(k.levels.length > 0, `${k.name}: no levels`);
  }
  assert.deepEqual(ORPHAN_KEYWORD_TEXTS, [], 'texts written for names that are not keywords');
  for (const [name, levels] of KEYWORD_LEVELS) {
    const k = byName.get(name);
    assert.ok(k, `keyword ${name} has no text`);
    assert.deepEqual([...k.levels].sort(), [...levels].sort(), `keyword ${name}: levels differ from KEYWORD_LEVELS`);
    assert.equal(k.deprecated, undefined, `${name}: a current keyword marked deprecated`);
  }
  for (const k of keywords) {
    if (KEYWORD_LEVELS.has(k.name)) continue;
    if (k.name.startsWith('with_')) {
      assert.ok(WITH_LOOKUPS.includes(k.name), `${k.name} is not in WITH_LOOKUPS`);
      assert.deepEqual(k.levels, ['task'], `${k.name}: a loop is a task keyword`);
      assert.ok(k.deprecated?.en.includes('`loop'), `${k.name}: the deprecation must show the loop form`);
      continue;
    }
    const removed = REMOVED_KEYWORDS[k.name];
    assert.ok(removed, `${k.name}: a text for a name that is neither a keyword, a with_ loop nor a removed keyword`);
    assert.ok(k.deprecated, `${k.name}: a removed keyword without a deprecation text`);
    for (const instead of removed.instead.split(' / ')) assert.ok(k.deprecated.en.includes(instead), `${k.name}: the deprecation text does not name ${instead}`);
  }
  for (const name of Object.keys(REMOVED_KEYWORDS)) assert.ok(byName.has(name), `removed keyword ${name} has no text`);
  for (const name of ['with_items', 'with_dict', 'with_list', 'with_fileglob', 'with_nested', 'with_subelements', 'with_sequence', 'with_together', 'with_first_found', 'with_indexed_items']) {
    assert.ok(byName.get(name)?.deprecated, `${name}: no text with its loop form`);
  }
  // What the notes teach is cited where it is taught.
  const cites = (name: string, section: string) => assert.ok(byName.get(name)?.notes?.some((c) => c.section === section), `${name} should cite "${section}"`);
  cites('notify', 'Handler');
  cites('handlers', 'Handler');
  cites('when', 'Conditional');
  cites('loop', 'Loop 반복문 사용법');
  cites('gather_facts', 'Facts (상세)');
  cites('vars', 'Variable');
  cites('hosts', 'INVENTORY');
  cites('tasks', 'Playbook (yaml)');
  // `when` and friends take a bare expression: their own text must not tell the learner to wrap it in braces.
  for (const k of keywords.filter((x) => x.type === 'jinja')) assert.match(k.desc.en, /no `\{\{ \}\}`|without `\{\{ \}\}`/i, `${k.name}: say that it takes no {{ }}`);
  // The checks read the eager EXPRESSION_KEYWORDS; it must be exactly the table's `jinja` keywords.
  assert.deepEqual([...EXPRESSION_KEYWORDS].sort(), keywords.filter((x) => x.type === 'jinja').map((x) => x.name).sort());
});

function checkFilterTable(kind: string, list: FilterSpec[], min: number, mustHave: string[]) {
  assert.ok(list.length >= min, `${list.length} ${kind}s, expected at least ${min}`);
  const names = new Set<string>();
  for (const f of list) {
    assert.match(f.name, /^[a-z_][a-z0-9_]*$/, `${kind} ${f.name}: odd name`);
    assert.ok(!names.has(f.name), `duplicate ${kind} ${f.name}`);
    names.add(f.name);
    assert.ok(f.signature === f.name || f.signature.startsWith(`${f.name}(`), `${kind} ${f.name}: the signature ${f.signature} does not start with its name`);
    assert.equal((f.signature.match(/\(/g) ?? []).length, (f.signature.match(/\)/g) ?? []).length, `${kind} ${f.name}: unbalanced signature`);
    if (f.fqcn) {
      assert.match(f.fqcn, /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\.[a-z_][a-z0-9_]*$/, `${kind} ${f.name}: odd fqcn ${f.fqcn}`);
      assert.equal(f.fqcn.split('.').pop(), f.name, `${kind} ${f.name}: fqcn ${f.fqcn} names another ${kind}`);
      assert.ok(!f.fqcn.startsWith('ansible.builtin.'), `${kind} ${f.name}: builtin ${kind}s need no fqcn`);
    }
  }
  for (const name of mustHave) assert.ok(names.has(name), `no ${kind} ${name}`);
}

test('filters and tests: unique names, signatures as called, the ones the notes use', () => {
  checkFilterTable('filter', filters, 60, [
    'default', 'd', 'dict2items', 'items2dict', 'ternary', 'map', 'select', 'reject', 'selectattr', 'rejectattr', 'join', 'to_json', 'to_nice_json',
    'from_json', 'to_yaml', 'to_nice_yaml', 'from_yaml', 'regex_replace', 'regex_search', 'regex_findall', 'ipaddr', 'combine', 'flatten', 'unique',
    'union', 'intersect', 'difference', 'length', 'count', 'first', 'last', 'min', 'max', 'sort', 'lower', 'upper', 'replace', 'trim', 'split', 'int',
    'float', 'bool', 'string', 'list', 'b64encode', 'b64decode', 'hash', 'password_hash', 'basename', 'dirname', 'quote', 'mandatory', 'zip',
    'product', 'subelements', 'json_query', 'random', 'shuffle', 'type_debug', 'urlsplit', 'extract', 'sum', 'round', 'abs', 'capitalize', 'title',
    'indent', 'format', 'center', 'wordcount', 'batch', 'groupby', 'attr',
  ]);
  checkFilterTable('test', tests, 35, [
    'defined', 'undefined', 'none', 'truthy', 'falsy', 'succeeded', 'success', 'failed', 'failure', 'changed', 'change', 'skipped', 'skip', 'match',
    'search', 'regex', 'version', 'version_compare', 'subset', 'superset', 'contains', 'in', 'string', 'number', 'integer', 'float', 'boolean',
    'mapping', 'sequence', 'iterable', 'divisibleby', 'even', 'odd', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'sameas', 'exists', 'file', 'directory',
    'link', 'abs', 'any', 'all', 'reachable', 'unreachable', 'started', 'finished',
  ]);
  const ipaddr = filters.find((f) => f.name === 'ipaddr')!;
  assert.equal(ipaddr.fqcn, 'ansible.utils.ipaddr');
  assert.match(ipaddr.desc.en, /netaddr/, 'ipaddr needs netaddr on the control node');
  assert.ok(ipaddr.notes?.some((c) => c.section === 'AWS 메타데이터 상세'));
});

test('variables: unique names, each kind named as Ansible spells it', () => {
  const names = new Set<string>();
  const kinds = { magic: 0, fact: 0, connection: 0 };
  for (const v of variables) {
    assert.match(v.name, /^[a-z_][a-z0-9_]*$/, `variable ${v.name}: odd name`);
    assert.ok(!names.has(v.name), `duplicate variable ${v.name}`);
    names.add(v.name);
    assert.ok(v.kind in kinds, `${v.name}: kind ${v.kind}`);
    kinds[v.kind]++;
    if (v.kind === 'fact') {
      assert.ok(!v.name.startsWith('ansible_'), `fact ${v.name}: name it without the ansible_ prefix`);
      for (const l of [v.desc.ko, v.desc.en]) assert.ok(l.includes(`ansible_facts['${v.name}']`) && l.includes(`ansible_${v.name}`), `fact ${v.name}: say how it is read`);
    }
    if (v.kind === 'connection') assert.ok(v.name.startsWith('ansible_'), `connection variable ${v.name}: behavioural variables start with ansible_`);
  }
  // Facts and connection variables do not shadow each other under their full names.
  for (const v of variables) if (v.kind === 'fact') assert.ok(!names.has(`ansible_${v.name}`), `fact ${v.name} and variable ansible_${v.name}`);
  assert.ok(kinds.magic >= 30 && kinds.fact >= 25 && kinds.connection >= 25, JSON.stringify(kinds));
  for (const name of ['item', 'inventory_hostname', 'hostvars', 'groups', 'group_names', 'ansible_facts', 'omit', 'playbook_dir', 'distribution', 'os_family', 'default_ipv4', 'ansible_host', 'ansible_user', 'ansible_python_interpreter']) {
    assert.ok(names.has(name), `no variable ${name}`);
  }
});

test('every table row has a kb entry with https docs (entries.ts)', () => {
  const ids = [
    ...modules.flatMap((m) => [`ansible.module.${m.name}`, ...Object.keys(m.options).map((o) => `ansible.option.${m.name}.${o}`)]),
    ...keywords.map((k) => `ansible.keyword.${k.name}`),
    ...filters.map((f) => `ansible.filter.${f.name}`),
    ...tests.map((t) => `ansible.test.${t.name}`),
    ...variables.map((v) => `ansible.var.${v.name}`),
  ];
  for (const id of ids) {
    const e = resolveEntry(id);
    assert.ok(e, `${id}: no entry`);
    assert.ok(e.title.ko && e.title.en && e.body.ko && e.body.en, `${id}: empty entry`);
    for (const d of e.docs ?? []) assert.equal(new URL(d).protocol, 'https:', `${id}: ${d}`);
    assert.ok((e.docs ?? []).length > 0, `${id}: no docs link`);
  }
  // A keyword's entry says where it is written, the with_* loops and removed keywords included.
  for (const k of keywords) {
    const body = resolveEntry(`ansible.keyword.${k.name}`)!.body.en;
    assert.match(body, /Used in: (play|role entry|block|task)/, `${k.name}: the entry does not say where it is written`);
  }
  // A filter's collection name resolves too.
  assert.equal(resolveEntry('ansible.filter.ansible.utils.ipaddr')?.title.en, resolveEntry('ansible.filter.ipaddr')?.title.en);
});

test('counts', () => {
  const options = modules.reduce((n, m) => n + Object.keys(m.options).length, 0);
  const counts = { modules: modules.length, options, keywords: keywords.length, filters: filters.length, tests: tests.length, variables: variables.length };
  console.log(`Ansible knowledge: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  assert.ok(Object.values(counts).every((v) => v > 0), JSON.stringify(counts));
});
