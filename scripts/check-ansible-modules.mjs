#!/usr/bin/env node
// Compares our Ansible module tables (every module in KNOWLEDGE.modules, read from the built
// dist/ansible-knowledge.js — run `node esbuild.mjs` first) with what the installed `ansible-doc -j` says: option
// names, types, elements, required, defaults, choices and aliases. Prints the differences; it is a tool for the
// person editing the tables, not a test (the installed ansible-core may be older or newer than the 2.17 the tables
// describe, and some departures are deliberate — see the header of each table).
//
//   node scripts/check-ansible-modules.mjs                 all modules
//   node scripts/check-ansible-modules.mjs file user       only these (short names or FQCNs)
//   node scripts/check-ansible-modules.mjs --strict        exit 1 when there is any difference
//
// Exits 0 with a note when ansible-doc is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const only = args.filter((a) => !a.startsWith('--'));

const version = spawnSync('ansible-doc', ['--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
  console.log('ansible-doc is not installed (apt-get install ansible-core): nothing to compare.');
  process.exit(0);
}
const bundle = join(root, 'dist', 'ansible-knowledge.js');
if (!existsSync(bundle)) {
  console.error('dist/ansible-knowledge.js is missing: run `node esbuild.mjs` first.');
  process.exit(1);
}
const { KNOWLEDGE } = createRequire(import.meta.url)(bundle);
console.log(`Comparing with ${version.stdout.split('\n')[0].trim()}`);

const modules = KNOWLEDGE.modules.filter((m) => only.length === 0 || only.includes(m.name) || only.includes(m.name.split('.').pop()));
if (modules.length === 0) {
  console.log('No module of the tables matches.');
  process.exit(0);
}

/** ansible-doc -j for several modules at once; a module it does not know is simply absent from the answer. */
function docs(names) {
  const out = {};
  for (let i = 0; i < names.length; i += 20) {
    const batch = names.slice(i, i + 20);
    const r = spawnSync('ansible-doc', ['-j', ...batch], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    let parsed;
    try {
      parsed = JSON.parse(r.stdout || '{}');
    } catch {
      // One unknown module can spoil a batch's output: ask one by one.
      parsed = {};
      for (const n of batch) {
        const one = spawnSync('ansible-doc', ['-j', n], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
        try {
          Object.assign(parsed, JSON.parse(one.stdout || '{}'));
        } catch {
          /* not known to this ansible-doc */
        }
      }
    }
    Object.assign(out, parsed);
  }
  return out;
}

/** A documented default in our terms: booleans for bools, numbers for ints, no list/dict defaults. */
function normDefault(type, v) {
  if (v === undefined || v === null) return undefined;
  if (type === 'list' || type === 'dict') return undefined;
  if (type === 'bool') {
    if (typeof v === 'boolean') return v;
    if (['yes', 'true', 'True', 'on'].includes(String(v))) return true;
    if (['no', 'false', 'False', 'off'].includes(String(v))) return false;
  }
  if ((type === 'int' || type === 'float') && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v;
}

const sameSet = (a = [], b = []) => a.length === b.length && a.every((x) => b.map(String).includes(String(x)));
const show = (v) => (v === undefined ? '—' : JSON.stringify(v));

const all = docs(modules.map((m) => m.name));
let differences = 0;
let compared = 0;
for (const m of modules) {
  const doc = all[m.name]?.doc;
  if (!doc) {
    console.log(`\n${m.name}: not known to this ansible-doc (newer module or missing collection)`);
    continue;
  }
  compared++;
  const lines = [];
  const theirs = doc.options ?? {};
  for (const name of Object.keys(theirs)) {
    // `others` is how the docs say "the file module's options work here too"; it is not an option.
    if (name === 'others') continue;
    if (!m.options[name]) lines.push(`  missing option ${name} (${theirs[name].type ?? 'str'})${m.complete === false ? ' [table marked incomplete]' : ''}`);
  }
  for (const [name, ours] of Object.entries(m.options)) {
    const t = theirs[name];
    if (!t) {
      lines.push(`  ${name}: not in this ansible-doc (newer option, or a mistake)`);
      continue;
    }
    const type = t.type ?? 'str';
    if (ours.type !== type) lines.push(`  ${name}: type ours ${ours.type}, doc ${type}`);
    if ((ours.elements ?? undefined) !== (t.elements ?? undefined)) lines.push(`  ${name}: elements ours ${show(ours.elements)}, doc ${show(t.elements)}`);
    if (!!ours.required !== !!t.required) lines.push(`  ${name}: required ours ${!!ours.required}, doc ${!!t.required}`);
    const d = normDefault(type, t.default);
    if (show(ours.default) !== show(d)) lines.push(`  ${name}: default ours ${show(ours.default)}, doc ${show(d)}`);
    if (!sameSet(ours.choices, t.choices ? [...t.choices] : undefined)) lines.push(`  ${name}: choices ours ${show(ours.choices)}, doc ${show(t.choices ? [...t.choices] : undefined)}`);
    if (!sameSet(ours.aliases, t.aliases)) lines.push(`  ${name}: aliases ours ${show(ours.aliases)}, doc ${show(t.aliases)}`);
  }
  if (lines.length) {
    differences += lines.length;
    console.log(`\n${m.name}:`);
    for (const l of lines) console.log(l);
  }
}
console.log(`\n${compared} of ${modules.length} modules compared, ${differences} difference${differences === 1 ? '' : 's'}.`);
process.exit(strict && differences > 0 ? 1 : 0);
