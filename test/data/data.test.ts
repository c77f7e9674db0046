// Data integrity: the knowledge base, the rules, the notes catalog, the UI strings, the manifest's localisation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DATA_DIR, NOTES_DIR, ROOT } from '../helpers';
import { loadServiceData } from '../../server/src/service/data/load';
import { KnowledgeBase, fill } from '../../server/src/service/kb/knowledgeBase';
import { renderEntry } from '../../server/src/service/kb/render';
import { ALL_CHECKS } from '../../server/src/service/formats';
import { VALUE_GROUPS, valueSlug } from '../../server/src/service/kubernetes/hover';
import { definition } from '../../server/src/service/kubernetes/schema';
import type { Localized } from '../../server/src/service/types';
import { textProblems } from '../textCheck';
import { parseSnippet, SNIPPET_CONTEXTS } from '../../server/src/service/snippets';

const data = loadServiceData(DATA_DIR);
const HANGUL = /[가-힣]/;
/** Engine-emitted rules that have no check of their own. */
const ENGINE_RULES = new Set(['GEN003']);

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z]\w*)\}/g)].map((m) => m[1]).sort();

function checkLocalized(what: string, l: Localized | undefined, opts: { prose?: boolean } = {}) {
  assert.ok(l, `${what}: missing`);
  assert.equal(typeof l.ko, 'string', `${what}: ko missing`);
  assert.equal(typeof l.en, 'string', `${what}: en missing`);
  assert.ok(l.ko.trim() && l.en.trim(), `${what}: empty text`);
  assert.deepEqual(placeholders(l.ko), placeholders(l.en), `${what}: ko and en placeholders differ`);
  if (opts.prose) {
    assert.match(l.ko, HANGUL, `${what}: the Korean text has no Korean`);
    // English prose may quote Korean only inside code spans
    assert.doesNotMatch(l.en.replace(/`[^`]*`/g, ''), HANGUL, `${what}: the English text has Korean in it`);
  }
}

function checkUrl(what: string, url: string) {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    assert.fail(`${what}: not a URL: ${url}`);
  }
  assert.equal(u.protocol, 'https:', `${what}: links must be https: ${url}`);
  assert.ok(u.hostname.includes('.'), `${what}: odd host in ${url}`);
}

function checkCitation(what: string, c: { note: string; section: string }) {
  const note = data.notes.find((n) => n.id === c.note);
  assert.ok(note, `${what}: no note ${c.note}`);
  assert.ok(note.headings.some((h) => h.text === c.section), `${what}: note ${c.note} has no heading "${c.section}"`);
}

test('knowledge-base entries: unique ids, ko/en parity, links, note citations', () => {
  const ids = new Set<string>();
  assert.ok(data.kb.length > 0);
  for (const e of data.kb) {
    assert.match(e.id, /^[a-z0-9-]+(\.[A-Za-z0-9_-]+)+$/, `bad id ${e.id}`);
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    checkLocalized(`${e.id}.title`, e.title);
    checkLocalized(`${e.id}.body`, e.body, { prose: true });
    for (const d of e.docs ?? []) checkUrl(e.id, d);
    assert.ok((e.docs ?? []).length > 0, `${e.id}: no official-docs link`);
    for (const c of e.notes ?? []) checkCitation(e.id, c);
    for (const body of [e.body.ko, e.body.en]) {
      for (const m of body.matchAll(/\]\(([^)\s]+)\)/g)) checkUrl(`${e.id} body link`, m[1]);
      assert.equal((body.match(/```/g) ?? []).length % 2, 0, `${e.id}: unbalanced code fence`);
    }
  }
});

test('rules: unique ids, severities, messages with the same placeholders, links, kb references', () => {
  const ids = new Set<string>();
  for (const r of data.rules) {
    assert.match(r.id, /^[A-Z][A-Z0-9]*[A-Z]\d{3}$/, `bad rule id ${r.id}`);
    assert.ok(!ids.has(r.id), `duplicate rule ${r.id}`);
    ids.add(r.id);
    assert.match(r.name, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${r.id}: name must be a slug`);
    assert.ok(['hint', 'info', 'warning', 'error'].includes(r.severity), `${r.id}: severity`);
    checkLocalized(`${r.id}.title`, r.title);
    checkLocalized(`${r.id}.message`, r.message, { prose: true });
    for (const [name, v] of Object.entries(r.variants ?? {})) checkLocalized(`${r.id}.variants.${name}`, v, { prose: true });
    for (const [name, v] of Object.entries(r.fixes ?? {})) checkLocalized(`${r.id}.fixes.${name}`, v);
    assert.ok((r.docs ?? []).length > 0, `${r.id}: no docs link (it becomes the diagnostic's codeDescription)`);
    for (const d of r.docs ?? []) checkUrl(r.id, d);
    for (const c of r.notes ?? []) checkCitation(r.id, c);
    if (r.kb) assert.ok(data.kb.some((e) => e.id === r.kb), `${r.id}: kb entry ${r.kb} does not exist`);
  }
});

test('every check has its rule, every rule its check, a file named after it and a unit test', () => {
  const ruleIds = new Set(data.rules.map((r) => r.id));
  const checkIds = new Set(ALL_CHECKS.map((c) => c.rule));
  assert.equal(checkIds.size, ALL_CHECKS.length, 'one check per rule');
  for (const id of checkIds) assert.ok(ruleIds.has(id), `check ${id} has no rule data`);
  for (const id of ruleIds) assert.ok(checkIds.has(id) || ENGINE_RULES.has(id), `rule ${id} has no check`);
  const srcFiles: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      if (n.isDirectory()) walk(join(d, n.name));
      else srcFiles.push(n.name);
    }
  };
  walk(join(ROOT, 'server', 'src', 'service'));
  for (const r of data.rules) {
    if (ENGINE_RULES.has(r.id)) continue;
    assert.ok(srcFiles.includes(`${r.id}-${r.name}.ts`), `no file ${r.id}-${r.name}.ts`);
    if (/^(GEN|YAML)/.test(r.id)) continue; // general rules are tested in test/unit/service.test.ts
    assert.ok(existsSync(join(ROOT, 'test', 'unit', 'rules', `${r.id}.test.ts`)), `no test/unit/rules/${r.id}.test.ts`);
  }
});

test('UI strings: ko/en parity', () => {
  for (const [k, v] of Object.entries(data.ui)) checkLocalized(`ui.${k}`, v);
});

test('the 18 Dockerfile instructions and the Kubernetes slice are in the knowledge base', () => {
  for (const kw of ['from', 'run', 'cmd', 'label', 'maintainer', 'expose', 'env', 'add', 'copy', 'entrypoint', 'volume', 'user', 'workdir', 'arg', 'onbuild', 'stopsignal', 'healthcheck', 'shell']) {
    const e = data.kb.find((x) => x.id === `dockerfile.instruction.${kw}`);
    assert.ok(e, kw);
    assert.ok(e.docs?.some((d) => d.startsWith('https://docs.docker.com/')), `${kw}: official docs link`);
  }
  assert.ok(data.kb.some((e) => e.id === 'kubernetes.workload.spec.replicas'));
});

test('Kubernetes: every kind the notes teach has an entry, and every value of an explained enumeration', () => {
  for (const kind of ['Pod', 'ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Service', 'Ingress', 'ConfigMap', 'Secret', 'Namespace', 'ResourceQuota', 'LimitRange', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass', 'HorizontalPodAutoscaler', 'ServiceAccount', 'Role', 'RoleBinding']) {
    const e = data.kb.find((x) => x.id === `kubernetes.kind.${kind}`);
    assert.ok(e, `kubernetes.kind.${kind}`);
    assert.ok(e.docs?.some((d) => d.startsWith('https://kubernetes.io/')), `${kind}: kubernetes.io link`);
  }
  // The value entries a hover shows (hover.ts VALUE_GROUPS): one per allowed value in the generated tree.
  const groups = new Map<string, Set<string>>();
  for (const [field, group] of Object.entries(VALUE_GROUPS)) {
    const [owner, name] = field.split('.');
    const type = definition(owner)?.properties[name];
    const values = type && typeof type === 'object' ? ('enum' in type ? type.enum : 'list' in type && typeof type.list === 'object' && 'enum' in type.list ? type.list.enum : []) : [];
    const set = groups.get(group) ?? new Set<string>();
    for (const v of values) set.add(v);
    groups.set(group, set);
  }
  const missing = [...groups].flatMap(([group, values]) => [...values].map((v) => `kubernetes.value.${group}.${valueSlug(v)}`)).filter((id) => !data.kb.some((e) => e.id === id));
  assert.deepEqual(missing, []);
  const kubernetesEntries = data.kb.filter((e) => e.id.startsWith('kubernetes.'));
  assert.ok(kubernetesEntries.length >= 300, `${kubernetesEntries.length} Kubernetes entries`);
});

test('notes catalog: headings are unique per note and match ../shared/notes when it is there', (t) => {
  for (const n of data.notes) {
    assert.match(n.id, /^\d{3}$/);
    checkLocalized(`note ${n.id} title`, n.title);
    assert.ok(n.headings.length > 0);
  }
  if (!existsSync(NOTES_DIR)) {
    t.skip('../shared/notes not present');
    return;
  }
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'notes-catalog.mjs'), '--check'], { encoding: 'utf8' });
  assert.match(out, /matches/);
});

test('manifest localisation: every %key% exists in package.nls.json and package.nls.ko.json', () => {
  const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const ko = JSON.parse(readFileSync(join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
  const keys = [...pkg.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 5);
  for (const k of keys) {
    assert.ok(en[k], `package.nls.json lacks ${k}`);
    assert.ok(ko[k], `package.nls.ko.json lacks ${k}`);
  }
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ko).sort(), 'same keys in both languages');
  for (const k of Object.keys(ko)) if (k !== 'displayName') assert.match(ko[k], HANGUL, `ko ${k} is not Korean`);
  // Every text the manifest shows a user — command titles, setting and enum descriptions — goes through the nls
  // files: none is written into package.json itself (names of the product are not text to translate).
  const manifest = JSON.parse(pkg) as { contributes: unknown };
  const literal: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    else if (typeof v === 'string' && /\.(?:title|description|markdownDescription|enumDescriptions\[\d+\])$/.test(path) && !/^%[\w.]+%$/.test(v) && v !== 'DevOps Hints') literal.push(`${path}: ${v}`);
  };
  walk(manifest.contributes, 'contributes');
  assert.deepEqual(literal, []);
  // Read as a learner reads them: no placeholder, dash or untranslated English sentence (the name shows both languages).
  for (const k of Object.keys(ko).filter((k) => k !== 'displayName')) {
    assert.deepEqual(textProblems(ko[k], 'ko'), [], `package.nls.ko.json ${k}`);
    assert.deepEqual(textProblems(en[k], 'en'), [], `package.nls.json ${k}`);
  }
});

test('snippet files: VS Code snippet shape, a known context, a parsable body, descriptions in both languages', () => {
  const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const ko = JSON.parse(readFileSync(join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
  const files = readdirSync(join(ROOT, 'snippets')).filter((f) => f.endsWith('.json'));
  assert.deepEqual(files.map((f) => f.replace(/\.json$/, '')).sort(), Object.keys(SNIPPET_CONTEXTS).sort(), 'one file per snippet file name the server knows');
  const used = new Set<string>();
  for (const f of files) {
    const file = f.replace(/\.json$/, '') as keyof typeof SNIPPET_CONTEXTS;
    const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', f), 'utf8')) as Record<string, { prefix: string; body: string[]; description: string; context: string; file: string }>;
    const prefixes = new Set<string>();
    for (const [name, s] of Object.entries(snippets)) {
      const where = `snippets/${f}: ${name}`;
      assert.ok(s.prefix && Array.isArray(s.body) && s.body.length && s.description && s.file, where);
      assert.match(s.prefix, /^dh-[a-z0-9-]+$/, `${where}: prefixes are dh-…`);
      assert.ok(!prefixes.has(s.prefix), `${where}: prefix ${s.prefix} twice`);
      prefixes.add(s.prefix);
      assert.ok((SNIPPET_CONTEXTS[file] as readonly string[]).includes(s.context), `${where}: context ${s.context} is not one the server asks for`);
      assert.doesNotThrow(() => parseSnippet(s.body.join('\n')), where);
      const key = /^%(snippets\.[\w]+\.[\w]+)%$/.exec(s.description)?.[1];
      assert.equal(key, `snippets.${file}.${name}`, `${where}: description is %snippets.${file}.${name}%`);
      assert.ok(en[key!] && ko[key!], `${where}: ${key} in package.nls.json and package.nls.ko.json`);
      assert.notEqual(en[key!], ko[key!], `${where}: Korean and English descriptions differ`);
      assert.match(ko[key!], HANGUL, `${where}: Korean description`);
      used.add(key!);
    }
  }
  for (const k of Object.keys(en)) if (k.startsWith('snippets.')) assert.ok(used.has(k), `package.nls.json: ${k} names no snippet`);
});

test('docs/rules.md lists the rules as they are in the data', () => {
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'rules-doc.mjs'), '--check'], { encoding: 'utf8' });
  assert.match(out, /is current \(\d+ rules\)/);
});

test('the .vsix carries every lazily required chunk of the server (esbuild.mjs LAZY → .vscodeignore)', () => {
  const build = readFileSync(join(ROOT, 'esbuild.mjs'), 'utf8');
  const lazy = /const LAZY = \{([^}]*)\}/.exec(build)?.[1] ?? '';
  const chunks = [...lazy.matchAll(/:\s*'([\w.-]+\.js)'/g)].map((m) => m[1]);
  assert.ok(chunks.length >= 4, `LAZY lists its chunks (${chunks.join(', ')})`);
  const packaged = new Set(readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/).filter((l) => l.startsWith('!')).map((l) => l.slice(1)));
  for (const c of chunks) assert.ok(packaged.has(`dist/${c}`), `.vscodeignore keeps dist/${c}, or the packaged server cannot require it`);
});

test('Korean particles after a placeholder are written in both forms and every rendered message picks one', () => {
  const data = loadServiceData(DATA_DIR);
  const texts: [string, string][] = [];
  for (const r of data.rules) {
    texts.push([`${r.id} message`, r.message.ko]);
    for (const [v, t] of Object.entries(r.variants ?? {})) texts.push([`${r.id} variant ${v}`, t.ko]);
    for (const [f, t] of Object.entries(r.fixes ?? {})) texts.push([`${r.id} fix ${f}`, t.ko]);
  }
  for (const [k, t] of Object.entries(data.ui)) texts.push([`ui ${k}`, t.ko]);
  const fixed: string[] = [];
  const leftover: string[] = [];
  // A placeholder (`{name}`, not `${VAR}` or `{{ }}`) followed by a one-form particle: right only for some values.
  const FIXED = /(?<![$\w{])\{[A-Za-z]\w*\}[`”’"']?(?:가|를|는|로|과|와|이|을|은)(?=[\s,.)!?:;·]|$)/u;
  for (const [where, ko] of texts) {
    if (FIXED.test(ko)) fixed.push(`${where}: ${ko}`);
    const args = Object.fromEntries([...ko.matchAll(/\{([A-Za-z]\w*)\}/g)].map((m, i) => [m[1], ['web', 'ports', 'port', '80', 'volume', 'ansible.builtin.apt'][i % 6]]));
    const out = fill(ko, args);
    if (/을\(를\)|이\(가\)|은\(는\)|\(으\)로|와\(과\)|과\(와\)|\(이\)라는|\(이\)나/.test(out)) leftover.push(`${where}: ${out}`);
  }
  assert.deepEqual(fixed, [], 'write 을(를), 이(가), 은(는), (으)로, 와(과) after a placeholder');
  assert.deepEqual(leftover, [], 'every both-form particle is resolved when rendered');
  assert.ok(texts.length > 300, `messages checked: ${texts.length}`);
});

test('every knowledge-base entry renders in Korean with its particles picked', () => {
  const data = loadServiceData(DATA_DIR);
  const kb = new KnowledgeBase(data);
  const left: string[] = [];
  for (const e of data.kb) {
    const out = renderEntry(kb, e, { locale: 'ko', markdown: true });
    const m = /\S*(?:을\(를\)|이\(가\)|은\(는\)|\(으\)로|와\(과\)|과\(와\)|\(이\)라는)/.exec(out);
    if (m) left.push(`${e.id}: ${m[0]}`);
  }
  assert.deepEqual(left, []);
});
