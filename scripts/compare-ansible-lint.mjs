#!/usr/bin/env node
// Evidence, not a dependency: compare our Ansible findings with ansible-lint's on the same folders.
//
//   node scripts/compare-ansible-lint.mjs                      # the shared corpus + test/fixtures/ansible*
//   node scripts/compare-ansible-lint.mjs DIR… [--timeout S] [--samples N] [--out FILE | --no-write]
//
// It installs nothing. ansible-lint (Debian: `apt-get install -y ansible-core ansible-lint yamllint`) must be on
// PATH; without it the script says so and exits 0. ansible-lint runs on a temporary copy of each folder (it writes
// caches beside a project), offline (`--offline`, and without a network namespace when `unshare -n` works), with
// HOME, ANSIBLE_LOCAL_TEMP and the caches in the temporary folder and a time limit. Our side is our CLI
// (`node dist/cli.js check DIR --format json`; build first with `node esbuild.mjs`).
//
// ansible-lint 6 runs no other rule once `ansible-playbook --syntax-check` fails anywhere in a run, and the corpus
// uses Galaxy roles that are not installed. So the script runs it in rounds: a role that is not found gets an empty
// stand-in role (outside the copy, in the temporary HOME's roles path), and a file that still fails the syntax
// check is excluded from the next round (its syntax-check findings are kept). Whatever ansible-lint said in any
// round is compared.
//
// Which of our rules answers which ansible-lint rule: the table MAP below, by OUR RULE NAMES (read at run time from
// server/data/rules/*.yaml, ids ANS…), so it follows the rules that exist when it runs. A finding of theirs and one
// of ours "agree" when both are in the same file, their rules are mapped to each other, and the lines fall within
// the same task/play (the YAML item that starts at ansible-lint's line, by indentation) or within one line.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'ansible-for-devops');
const FALLBACK_CORPUS = '/work/shared/corpus/ansible-for-devops';

// ansible-lint rule id (or a prefix ending in `[`) → the names our rules may have for the same concern (regular
// expressions over our rule names). Several of ours may answer one of theirs and the other way round.
const MAP = [
  ['no-changed-when', [/^no-changed[-_]when/]],
  ['command-instead-of-module', [/instead-of-module/, /(use|prefer)-(a-)?module/, /module-instead/, /command-.*module/]],
  ['command-instead-of-shell', [/instead-of-shell/, /needless-shell/, /shell-(without|not-needed|unneeded)/, /^(use-)?command/]],
  ['risky-shell-pipe', [/pipe/]],
  ['deprecated-local-action', [/local[-_]action/]],
  ['literal-compare', [/literal-compare/, /compare-(to-)?(bool|true|false|literal)/, /bool(ean)?-compare/, /(==|equals?)-(true|false)/]],
  ['empty-string-compare', [/empty-string/]],
  ['no-jinja-when', [/jinja-(in-)?when/, /when-(jinja|braces|template)/, /braces-in-when/, /no-jinja-when/]],
  ['partial-become', [/partial-become/, /become-(user|method)-without/, /become-user-alone/]],
  ['package-latest', [/package-latest/, /state-latest/, /latest/]],
  ['latest[', [/(git|hg)-(latest|head|version)/, /version-head/, /latest/]],
  ['name[missing]', [/(missing|no)-name/, /unnamed/, /name-missing/, /task-name/]],
  ['name[casing]', [/name-casing/, /name-(capital|upper)/]],
  ['name[play]', [/play-name/, /(missing|no)-name/, /name-missing/]],
  ['name[template]', [/name-template/]],
  ['no-free-form', [/free-form/]],
  ['yaml[truthy]', [/truthy/, /yes-no/, /bool(ean)?-(value|style|word)/]],
  ['yaml[octal-values]', [/octal/]],
  ['risky-octal', [/octal/, /mode/]],
  ['fqcn[', [/fqcn/, /short-module/, /module-short/]],
  ['deprecated-bare-vars', [/bare-var/]],
  ['var-naming', [/var(iable)?-nam/]],
  ['no-handler', [/no-handler/, /when-changed/, /changed-when-handler/, /changed-(use-)?handler/, /handler-instead/]],
  ['syntax-check', [/unknown-(module|keyword|action)/, /missing-(role|file|task-file|playbook|handler)/, /(role|file|playbook)-not-found/, /syntax/, /play-(without|no)-hosts/, /not-a-list/]],
  ['schema[', [/unknown-keyword/, /keyword-(level|place|where)/, /misplaced-keyword/, /(invalid|wrong)-(keyword|type|value)/, /removed-keyword/, /schema/]],
  ['args[', [/unknown-(option|argument|param)/, /(missing-)?required/, /invalid-(choice|value)/, /mutually-exclusive|exclusive/, /option/]],
  ['jinja[', [/jinja/, /unquoted/]],
  ['key-order', [/key-order/, /block-(keys|order)/]],
  ['risky-file-permissions', [/file-perm/, /(missing|no)-mode/, /permission/]],
  ['ignore-errors', [/ignore-errors/]],
  ['no-relative-paths', [/relative-path/]],
  ['deprecated-module', [/deprecated-module/, /removed-module/, /deprecated/]],
  ['deprecated-command-syntax', [/deprecated-command/, /command-args/]],
  ['inline-env-var', [/inline-env/, /env-(in|on)-command/]],
  ['no-tabs', [/tab/]],
  ['loop-var-prefix', [/loop-var/]],
  ['no-log-password', [/no-log/]],
  ['role-name', [/role-name/]],
  ['run-once', [/run-once/]],
  ['meta-', [/meta/]],
  ['galaxy', [/galaxy/]],
];

// ---------------------------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const o = { dirs: [], timeoutS: 1200, samples: 3, out: join(ROOT, 'bench', 'ansible-lint-comparison.md'), write: true, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--timeout') o.timeoutS = Number(argv[++i]);
    else if (a === '--samples') o.samples = Number(argv[++i]);
    else if (a === '--out') o.out = resolve(argv[++i]);
    else if (a === '--no-write') o.write = false;
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/compare-ansible-lint.mjs [DIR…] [--timeout S] [--samples N] [--out FILE | --no-write] [--keep]');
      process.exit(0);
    } else if (a.startsWith('-')) {
      console.error(`unknown option ${a}`);
      process.exit(2);
    } else o.dirs.push(resolve(a));
  }
  if (!o.dirs.length) {
    const corpus = existsSync(DEFAULT_CORPUS) ? DEFAULT_CORPUS : FALLBACK_CORPUS;
    if (existsSync(corpus)) o.dirs.push(corpus);
    const fx = join(ROOT, 'test', 'fixtures');
    if (existsSync(fx)) for (const n of readdirSync(fx).sort()) if (/^ansible/.test(n) && statSync(join(fx, n)).isDirectory()) o.dirs.push(join(fx, n));
  }
  return o;
}

function which(cmd) {
  for (const d of (process.env.PATH ?? '').split(':')) if (d && existsSync(join(d, cmd))) return join(d, cmd);
  return undefined;
}

function firstLine(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), '').split('\n').find((l) => l.trim())?.trim() ?? '?';
}

/** Our Ansible rules: id, name, severity (from the YAML data, whatever exists when this runs). */
function ourRules() {
  const dir = join(ROOT, 'server', 'data', 'rules');
  const rules = [];
  for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const doc = parseYaml(readFileSync(join(dir, f), 'utf8'));
    for (const r of doc?.rules ?? []) if (typeof r?.id === 'string' && /^ANS\d+/.test(r.id)) rules.push({ id: r.id, name: String(r.name ?? ''), severity: r.severity, file: f });
  }
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}

/** Our rule ids that answer an ansible-lint rule id. */
function oursFor(theirRule, rules) {
  const ids = new Set();
  for (const [key, patterns] of MAP) {
    const hit = key.endsWith('[') || key.endsWith('-') ? theirRule.startsWith(key) || theirRule === key.slice(0, -1) : theirRule === key || theirRule.startsWith(`${key}[`);
    if (!hit) continue;
    for (const r of rules) if (patterns.some((p) => p.test(r.name))) ids.add(r.id);
  }
  // Same name as theirs (with or without the [tag]) always counts.
  for (const r of rules) if (r.name && (r.name === theirRule || r.name === theirRule.replace(/\[.*$/, ''))) ids.add(r.id);
  return ids;
}

// ---- ansible-lint ----

function copyTree(src, dst) {
  cpSync(src, dst, { recursive: true, filter: (p) => !/[\\/](\.git|node_modules|\.cache)$/.test(p) });
}

function runAnsibleLint(dir, opts, log) {
  const tmp = mkdtempSync(join(tmpdir(), 'ansible-lint-cmp-'));
  const proj = join(tmp, 'project');
  const home = join(tmp, 'home');
  const rolesDir = join(home, '.ansible', 'roles');
  for (const d of [home, rolesDir, join(tmp, 'local'), join(tmp, 'remote'), join(tmp, 'cache')]) mkdirSync(d, { recursive: true });
  copyTree(dir, proj);
  const env = {
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    HOME: home,
    XDG_CACHE_HOME: join(tmp, 'cache'),
    ANSIBLE_LOCAL_TEMP: join(tmp, 'local'),
    ANSIBLE_REMOTE_TEMP: join(tmp, 'remote'),
    ANSIBLE_ROLES_PATH: rolesDir,
    ANSIBLE_NOCOLOR: '1',
    NO_COLOR: '1',
    PY_COLORS: '0',
  };
  const isolate = spawnSync('unshare', ['-n', 'true']).status === 0;
  const findings = [];
  const stubbed = new Set();
  const excluded = new Set();
  const rounds = [];
  const started = Date.now();
  // One run per top-level folder (the book's folders are separate projects; and in one run over everything,
  // ansible-lint 6.13 reported nothing at all once the syntax check passed), the top-level files together.
  const entries = readdirSync(proj).filter((n) => !n.startsWith('.')).sort();
  const units = entries.filter((n) => statSync(join(proj, n)).isDirectory()).map((n) => [n]);
  const files = entries.filter((n) => statSync(join(proj, n)).isFile() && /\.ya?ml$/.test(n));
  if (files.length) units.push(files);
  if (!units.length) units.push(['.']);
  for (const unit of units) {
    for (let round = 1; round <= 6; round++) {
      const left = opts.timeoutS * 1000 - (Date.now() - started);
      if (left < 5000) {
        rounds.push({ unit: unit.join(' '), round, error: 'time limit reached (--timeout)' });
        break;
      }
      const mine = [...excluded].filter((f) => unit.some((u) => u === '.' || f === u || f.startsWith(`${u}/`)));
      const args = ['--offline', '--nocolor', '-f', 'codeclimate', '--project-dir', proj, ...mine.flatMap((f) => ['--exclude', f]), ...unit];
      const t0 = Date.now();
      const r = spawnSync(isolate ? 'unshare' : 'ansible-lint', isolate ? ['-n', 'ansible-lint', ...args] : args, { cwd: proj, env, encoding: 'utf8', timeout: left, maxBuffer: 256 * 2 ** 20 });
      const seconds = (Date.now() - t0) / 1000;
      let list;
      try {
        list = JSON.parse(r.stdout || '[]');
      } catch {
        rounds.push({ unit: unit.join(' '), round, error: `no JSON (exit ${r.status}${r.signal ? `, ${r.signal}` : ''}): ${(r.stderr || '').trim().split('\n').slice(-2).join(' | ').slice(0, 300)}` });
        break;
      }
      const syntax = list.filter((x) => x.check_name?.startsWith('syntax-check') || x.check_name === 'load-failure');
      rounds.push({ unit: unit.join(' '), round, exit: r.status, findings: list.length, syntax: syntax.length, seconds });
      log(`  ansible-lint ${unit.join(' ').slice(0, 40)} round ${round}: ${list.length} findings (${syntax.length} syntax-check/load-failure), ${seconds.toFixed(0)} s`);
      if (process.env.COMPARE_DEBUG) log(`    exit ${r.status}: ${(r.stderr || '').trim().split('\n').slice(-2).join(' | ').slice(0, 300)}`);
      let progress = false;
      for (const x of list) {
        const path = x.location?.path ?? '';
        const line = x.location?.positions?.begin?.line ?? x.location?.lines?.begin ?? 1;
        const rel = isAbsolute(path) ? relative(proj, path) : path;
        const f = { rule: x.check_name, level: x.level ?? x.severity, file: rel, line, message: String(x.description ?? '').replaceAll(proj, '<dir>').replaceAll(tmp, '<tmp>') };
        if (!findings.some((g) => g.rule === f.rule && g.file === f.file && g.line === f.line && g.message === f.message)) findings.push(f);
        if (!syntax.includes(x)) continue;
        const role = /the role '([^']+)' was not found/.exec(x.description ?? '');
        if (role && !stubbed.has(role[1])) {
          // An empty stand-in for a Galaxy role that is not installed (outside the copy: it is not linted).
          mkdirSync(join(rolesDir, role[1], 'tasks'), { recursive: true });
          writeFileSync(join(rolesDir, role[1], 'tasks', 'main.yml'), '---\n- name: Stand-in\n  ansible.builtin.meta: noop\n');
          stubbed.add(role[1]);
          progress = true;
        } else if (rel && !excluded.has(rel)) {
          excluded.add(rel); // still failing the syntax check: leave the file out of the next round
          progress = true;
        }
      }
      if (!syntax.length || !progress) break;
    }
  }
  // A stand-in role made the syntax-check finding about it go away: it stays in the findings (it is what
  // ansible-lint says about the folder as it is), as do the syntax-check findings of the files left out.
  if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
  return { findings, stubbed: [...stubbed], excluded: [...excluded], rounds, isolated: isolate, seconds: (Date.now() - started) / 1000, units: units.length };
}

// ---- ours ----

function runOurs(dir) {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: build with `node esbuild.mjs` first');
  const r = spawnSync(process.execPath, [cli, 'check', dir, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 2 ** 20, timeout: 300_000 });
  let list;
  try {
    list = JSON.parse(r.stdout);
  } catch {
    throw new Error(`our CLI gave no JSON (exit ${r.status}): ${(r.stderr || '').slice(0, 300)}`);
  }
  return list.map((x) => ({ rule: x.rule, level: x.severity, file: relative(dir, x.file), line: x.line, message: x.message }));
}

// ---- matching ----

/** The lines of the YAML item (task, play, handler) that starts at `line` (1-based), by indentation. */
function itemSpan(lines, line) {
  const text = lines[line - 1] ?? '';
  const m = /^(\s*)(-\s+)?/.exec(text);
  const ind = m[1].length;
  let end = line;
  for (let k = line; k < lines.length; k++) {
    const l = lines[k];
    if (!l.trim() || /^\s*#/.test(l)) continue;
    const li = /^\s*/.exec(l)[0].length;
    if (m[2] ? li <= ind : li < ind) break;
    end = k + 1;
  }
  return [line, end];
}

function compare(dir, theirs, ours, rules) {
  const ourIds = new Set(rules.map((r) => r.id));
  const oursAns = ours.filter((f) => ourIds.has(f.rule));
  const fileLines = new Map();
  const linesOf = (rel) => {
    if (!fileLines.has(rel)) {
      let t = [];
      try {
        t = readFileSync(join(dir, rel), 'utf8').split(/\r?\n/);
      } catch {
        /* gone */
      }
      fileLines.set(rel, t);
    }
    return fileLines.get(rel);
  };
  const near = (t, o) => {
    if (t.file !== o.file) return false;
    if (Math.abs(t.line - o.line) <= 1) return true;
    const [a, b] = itemSpan(linesOf(t.file), t.line);
    return o.line >= a && o.line <= b;
  };
  const theirRules = [...new Set(theirs.map((f) => f.rule))].sort();
  const mapping = new Map(theirRules.map((r) => [r, oursFor(r, rules)]));
  const matchedOurs = new Set();
  const rows = [];
  for (const tr of theirRules) {
    const mine = mapping.get(tr);
    const list = theirs.filter((f) => f.rule === tr);
    const both = [];
    const onlyThem = [];
    for (const t of list) {
      const hits = oursAns.filter((o) => mine.has(o.rule) && near(t, o));
      if (hits.length) {
        both.push({ t, o: hits[0] });
        for (const h of hits) matchedOurs.add(h);
      } else onlyThem.push(t);
    }
    rows.push({ theirs: tr, ours: [...mine].sort(), total: list.length, both, onlyThem });
  }
  // Our findings that no ansible-lint finding of a mapped rule matched, per our rule.
  const ourRows = [];
  for (const r of rules) {
    const list = oursAns.filter((f) => f.rule === r.id);
    const mappedTo = theirRules.filter((tr) => mapping.get(tr).has(r.id));
    const mappable = MAP.some(([, ps]) => ps.some((p) => p.test(r.name)));
    ourRows.push({ rule: r, total: list.length, onlyUs: list.filter((f) => !matchedOurs.has(f)), mappedTo, mappable });
  }
  return { rows, ourRows, oursAnsCount: oursAns.length, oursOther: ours.length - oursAns.length };
}

// ---- report ----

function fmtSample(f) {
  return `${f.file}:${f.line}`;
}

function render(results, env, opts) {
  const out = [];
  out.push('# ansible-lint and DevOps Hints on the same Ansible files', '');
  out.push(`Generated by \`node scripts/compare-ansible-lint.mjs\` on ${env.date.slice(0, 10)} (regenerate it after the rules change; the table of rule correspondences is \`MAP\` in the script, matched against our rule names in server/data/rules/*.yaml).`, '');
  out.push(`- ansible-lint: ${env.lint}; ${env.core}; default rule set (no profile), \`--offline\`, on a temporary copy of each folder${results.some((r) => r.lint.isolated) ? ', without network (`unshare -n`)' : ''}.`);
  out.push(`- ours: \`node dist/cli.js check DIR --format json\`; ${env.rules.length} Ansible rules present (${env.rules.map((r) => `${r.id} ${r.name}`).join(', ') || 'none yet'}).`);
  out.push('- "Both": an ansible-lint finding and one of ours of a corresponding rule in the same file, within the same task/play (the YAML item starting at ansible-lint\'s line) or one line apart. "Only ansible-lint" / "only us": no such partner.');
  out.push('- ansible-lint runs once per top-level folder (each folder of the book is its own project). ansible-lint 6 stops all other rules once any playbook fails `--syntax-check`; the script runs it in rounds, with empty stand-ins for Galaxy roles that are not installed and leaving out files that still fail, so the other rules run on the rest.', '');
  for (const res of results) {
    const { cmp, lint } = res;
    out.push(`## ${res.label}`, '');
    out.push(`ansible-lint: ${lint.findings.length} findings in ${lint.rounds.length} run(s) over ${lint.units} folder(s), ${lint.seconds.toFixed(0)} s${lint.stubbed.length ? `; stand-in roles: ${lint.stubbed.join(', ')}` : ''}${lint.excluded.length ? `; left out after failing the syntax check: ${lint.excluded.join(', ')}` : ''}.`);
    for (const r of lint.rounds) if (r.error) out.push(`- ${r.unit} round ${r.round}: ${r.error}`);
    out.push(`Ours: ${cmp.oursAnsCount} findings of Ansible rules (and ${cmp.oursOther} of other formats' rules in the folder, not compared).`, '');
    const both = cmp.rows.reduce((s, r) => s + r.both.length, 0);
    const onlyThem = cmp.rows.reduce((s, r) => s + r.onlyThem.length, 0);
    const unmapped = cmp.rows.filter((r) => !r.ours.length).reduce((s, r) => s + r.total, 0);
    const onlyUs = cmp.ourRows.reduce((s, r) => s + r.onlyUs.length, 0);
    out.push(`**Totals:** both ${both}, only ansible-lint ${onlyThem} (of which ${unmapped} from ansible-lint rules we have no counterpart for), only us ${onlyUs}.`, '');
    out.push('| ansible-lint rule | our rules | ansible-lint | both | only ansible-lint | samples (only ansible-lint) |', '| --- | --- | ---: | ---: | ---: | --- |');
    for (const r of cmp.rows.sort((a, b) => b.total - a.total || a.theirs.localeCompare(b.theirs))) {
      out.push(`| \`${r.theirs}\` | ${r.ours.join(', ') || '–'} | ${r.total} | ${r.both.length} | ${r.onlyThem.length} | ${r.onlyThem.slice(0, opts.samples).map(fmtSample).join(', ')} |`);
    }
    out.push('', '| our rule | name | ours | only us | corresponds to (ansible-lint, in this run) | samples (only us) |', '| --- | --- | ---: | ---: | --- | --- |');
    for (const r of cmp.ourRows) {
      out.push(`| ${r.rule.id} | ${r.rule.name} | ${r.total} | ${r.onlyUs.length} | ${r.mappedTo.map((x) => `\`${x}\``).join(', ') || (r.mappable ? '(mapped; ansible-lint found none)' : '– (no counterpart)')} | ${r.onlyUs.slice(0, opts.samples).map(fmtSample).join(', ')} |`);
    }
    if (!cmp.ourRows.length) out.push('| – | (no Ansible rules yet) | | | | |');
    out.push('');
    const both3 = cmp.rows.flatMap((r) => r.both.slice(0, 1).map((b) => `- \`${r.theirs}\` ${fmtSample(b.t)} ↔ ${b.o.rule} ${fmtSample(b.o)}`));
    if (both3.length) out.push('Agreeing samples (one per rule):', '', ...both3, '');
  }
  return out.join('\n');
}

function printConsole(results) {
  for (const res of results) {
    const { cmp } = res;
    console.log(`\n=== ${res.label}`);
    for (const r of cmp.rows) {
      console.log(`${r.theirs.padEnd(32)} → ${(r.ours.join(',') || '-').padEnd(16)} ansible-lint ${String(r.total).padStart(4)}  both ${String(r.both.length).padStart(4)}  only ansible-lint ${String(r.onlyThem.length).padStart(4)}  ${r.onlyThem.slice(0, 3).map(fmtSample).join(' ')}`);
    }
    for (const r of cmp.ourRows) {
      console.log(`${`${r.rule.id} ${r.rule.name}`.padEnd(32)} ← ${(r.mappedTo.join(',') || '-').padEnd(16)} ours ${String(r.total).padStart(4)}  only us ${String(r.onlyUs.length).padStart(4)}  ${r.onlyUs.slice(0, 3).map(fmtSample).join(' ')}`);
    }
    const both = cmp.rows.reduce((s, r) => s + r.both.length, 0);
    const onlyThem = cmp.rows.reduce((s, r) => s + r.onlyThem.length, 0);
    const onlyUs = cmp.ourRows.reduce((s, r) => s + r.onlyUs.length, 0);
    console.log(`totals: both ${both}, only ansible-lint ${onlyThem}, only us ${onlyUs}`);
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (m) => process.stderr.write(`${m}\n`);
  if (!which('ansible-lint') || !which('ansible-playbook')) {
    console.log('ansible-lint and ansible-core are not installed (not on PATH), so there is nothing to compare with.\nOn Debian/Ubuntu: apt-get install -y ansible-core ansible-lint yamllint — then run this script again. (They are never a runtime dependency of DevOps Hints.)');
    return 0;
  }
  if (!opts.dirs.length) {
    console.log('no folder to compare (the shared corpus is not there and no folder was given)');
    return 0;
  }
  const rules = ourRules();
  const env = { date: new Date().toISOString(), lint: firstLine('ansible-lint', ['--version']), core: firstLine('ansible', ['--version']), rules };
  log(`${env.lint}; ${env.core}; our Ansible rules: ${rules.length}`);
  const results = [];
  for (const dir of opts.dirs) {
    if (!existsSync(dir)) {
      log(`skipping ${dir}: not there`);
      continue;
    }
    const label = relative(ROOT, dir).startsWith('..') && dir.includes('/corpus/') ? `corpus/${dir.split('/corpus/')[1]}` : relative(ROOT, dir) || dir;
    log(`${label}: ansible-lint…`);
    const lint = runAnsibleLint(dir, opts, log);
    log(`${label}: our CLI…`);
    const ours = runOurs(dir);
    results.push({ label, dir, lint, cmp: compare(dir, lint.findings, ours, rules) });
  }
  printConsole(results);
  if (opts.write) {
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, render(results, env, opts));
    log(`\nwritten to ${relative(process.cwd(), opts.out) || opts.out}`);
  }
  return 0;
}

process.exit(main());
