#!/usr/bin/env node
// npm run bench — our language server against the peer servers, on the same generated inputs, in one run.
// Definitions, options and how to read the results: bench/README.md. Results: bench/results/latest.md.
//
//   node bench/run.mjs                 # full run (5 rounds; under 10 minutes from a clean clone)
//   node bench/run.mjs --quick         # 1 round, small sizes, written to bench/.work/quick.md
//   node bench/run.mjs --rounds 3 --only k8s,compose --no-peers --peer-huge --out FILE
//   node bench/run.mjs --only-index    # only the workspace index measures (and the CLI row), bench/.work/index.md
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as gen from './lib/generate.mjs';
import { serverDefs } from './lib/servers.mjs';
import { runSession, median, percentile } from './lib/session.mjs';
import { K8S_SCHEMA_SOURCE } from './lib/k8sSchema.mjs';
import { clientLoadMs, vsixSize, cliCheck } from './lib/extras.mjs';
import { indexMeasures } from './lib/workspace.mjs';
import { render } from './lib/report.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'bench', '.work');
const INPUTS = join(WORK, 'inputs');

function parseArgs(argv) {
  const o = { quick: false, rounds: undefined, requests: 20, edits: 5, only: undefined, peers: true, peerHuge: false, out: undefined, timeBudgetS: 510, extras: true, onlyIndex: false, indexSizes: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i];
    if (a === '--quick') o.quick = true;
    else if (a === '--rounds') o.rounds = Number(val());
    else if (a === '--requests') o.requests = Number(val());
    else if (a === '--edits') o.edits = Number(val());
    else if (a === '--only') o.only = val().split(',');
    else if (a === '--no-peers') o.peers = false;
    else if (a === '--peer-huge') o.peerHuge = true;
    else if (a === '--no-extras') o.extras = false;
    else if (a === '--only-index') o.onlyIndex = true;
    else if (a === '--index-sizes') o.indexSizes = val().split(',').map(Number);
    else if (a === '--out') o.out = val();
    else if (a === '--time-budget') o.timeBudgetS = Number(val());
    else {
      console.error(`unknown option ${a}\nusage: node bench/run.mjs [--quick] [--rounds N] [--requests N] [--edits N] [--only k8s,compose,…] [--no-peers] [--peer-huge] [--no-extras] [--only-index] [--index-sizes SMALL,LARGE] [--time-budget S] [--out FILE]`);
      process.exit(2);
    }
  }
  o.rounds ??= o.quick ? 1 : 5;
  if (o.quick) {
    o.requests = Math.min(o.requests, 10);
    o.edits = Math.min(o.edits, 3);
  }
  o.indexSizes ??= o.quick ? [200, 2000] : [1000, 10000];
  if (o.indexSizes.length !== 2 || o.indexSizes.some((n) => !Number.isInteger(n) || n < 10)) {
    console.error('--index-sizes: two file counts (≥ 10), the small and the large workspace, e.g. 1000,10000');
    process.exit(2);
  }
  o.out ??= o.onlyIndex ? join(WORK, o.quick ? 'index-quick.md' : 'index.md') : o.quick ? join(WORK, 'quick.md') : join(ROOT, 'bench', 'results', 'latest.md');
  return o;
}

const log = (m) => process.stderr.write(`${m}\n`);

// ---- build: dist/ must exist and be newer than the sources ----
function newest(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const n of readdirSync(p)) m = Math.max(m, newest(join(p, n)));
  return m;
}

function ensureBuild() {
  const outputs = ['server.js', 'client.js', 'cli.js', 'data.json'].map((f) => join(ROOT, 'dist', f));
  const oldestOut = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  const src = Math.max(...['server/src', 'server/data', 'client/src', 'esbuild.mjs', 'package.json'].map((p) => newest(join(ROOT, p))));
  if (oldestOut >= src) return false;
  log('building dist/ (node esbuild.mjs)…');
  const r = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('build failed');
  return true;
}

// ---- inputs ----
const FULL = { docker: [20, 200, 2000], k8s: [50, 500, 5000, 50000], compose: [30, 300, 3000], playbook: [50, 500, 5000], inventory: [10000], ansible: [20, 200, 2000] };
const QUICK = { docker: [20, 200], k8s: [50, 500], compose: [30, 300], playbook: [50, 500], inventory: [1000], ansible: [20, 200] };

/** The files written for this run's inputs folder (the rest is removed: see makeInputs). */
const written = new Set();

function write(path, text) {
  written.add(path);
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}

const SANITY_K8S = join(INPUTS, 'k8s', 'broken.yaml');
const SANITY_COMPOSE = join(INPUTS, 'compose-broken', 'compose.yaml');

/** Remove what earlier runs (another mode, other --only) left in the inputs folder. */
function prune(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      prune(p);
      if (!readdirSync(p).length) rmdirSync(p);
    } else if (!written.has(p)) unlinkSync(p);
  }
}

/**
 * Every input of the mode (quick or full) is written, whatever --only selects, and nothing else is left in the
 * folder: it is the workspace root of every session, and our server indexes that root in the background while the
 * session runs, so its content must not depend on --only or on earlier runs.
 */
function makeInputs(sizes, only) {
  const inputs = [];
  const add = (format, size, path, languageId, g, peer) => {
    write(path, g.text);
    if (only && !only.some((o) => `${format}-${size}`.startsWith(o))) return;
    inputs.push({ id: `${format}-${size}`, format, size, lines: g.lines, path, uri: pathToFileURL(path).href, languageId, peer, ...g });
  };
  for (const n of sizes.docker) {
    const dir = join(INPUTS, `docker-${n}`);
    write(join(dir, '.dockerignore'), 'node_modules\n.git\n');
    add('docker', n, join(dir, 'Dockerfile'), 'dockerfile', gen.dockerfile(n), 'docker');
  }
  for (const n of sizes.k8s) add('k8s', n, join(INPUTS, 'k8s', `manifest-${n}.yaml`), 'yaml', gen.kubernetes(n), 'yaml');
  for (const n of sizes.compose) {
    const dir = join(INPUTS, `compose-${n}`);
    const g = gen.compose(n);
    // The files a real project has beside its compose.yaml (bind-mounted configs, build contexts).
    for (const m of g.text.matchAll(/\.\/config\/([\w.-]+\.conf)/g)) write(join(dir, 'config', m[1]), '# config\n');
    for (const m of g.text.matchAll(/context: \.\/services\/([\w.-]+)/g)) write(join(dir, 'services', m[1], 'Dockerfile'), 'FROM alpine:3.19\nCMD ["true"]\n');
    add('compose', n, join(dir, 'compose.yaml'), 'yaml', g, 'yaml');
  }
  // The Ansible project rows (playbook with a role and handlers, the role's files, an inventory) go to the Ansible
  // language server too (it validates with ansible-lint / ansible-playbook from PATH; see bench/lib/servers.mjs).
  for (const n of sizes.ansible) {
    const dir = join(INPUTS, `ansible-${n}`);
    const g = gen.ansibleProject(n);
    write(join(dir, 'roles', 'common', 'tasks', 'main.yml'), g.role.tasks);
    write(join(dir, 'roles', 'common', 'handlers', 'main.yml'), g.role.handlers);
    write(join(dir, 'inventory', 'hosts.ini'), g.inventory);
    write(join(dir, 'ansible.cfg'), '[defaults]\ninventory = inventory/hosts.ini\nroles_path = roles\n');
    add('ansible', n, join(dir, 'site.yml'), 'ansible', g, 'ansible');
  }
  // The older playbook rows (our server only: the budget's sizes).
  for (const n of sizes.playbook) add('playbook', n, join(INPUTS, `playbook-${n}`, 'playbook.yml'), 'ansible', gen.playbook(n), undefined);
  for (const n of sizes.inventory) add('inventory', n, join(INPUTS, `inventory-${n}`, 'inventory', 'hosts.ini'), 'ini', gen.inventory(n), undefined);
  // The sanity check's broken files (sanityCheck) are part of the folder whether or not the peers run.
  write(SANITY_K8S, 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: broken\nspec:\n  replicas: three\n  selector:\n    matchLabels:\n      app: x\n  template:\n    spec:\n      containers:\n        - name: x\n          image: nginx:1.27\n          bogusField: 1\n');
  write(SANITY_COMPOSE, 'services:\n  web:\n    image: nginx:1.27\n    ports: 80\n    restart: sometimes\n    bogus: 1\n');
  prune(INPUTS);
  return inputs;
}

/** Does yaml-language-server really validate with the local schemas? A broken manifest and Compose file must get schema errors. */
async function sanityCheck(defs) {
  const k8sPath = SANITY_K8S; // written by makeInputs
  const composePath = SANITY_COMPOSE;
  const out = {};
  for (const [name, path] of [['kubernetes', k8sPath], ['compose', composePath]]) {
    const r = await runSession(defs.yaml, { id: `sanity-${name}`, uri: pathToFileURL(path).href, languageId: 'yaml', text: readFileSync(path, 'utf8'), hover: { line: 2, character: 2 }, complete: { line: 1, character: 0 }, edit: { line: 3, character: 8, from: readFileSync(path, 'utf8').split('\n')[3][8], to: 'x' } }, { rootUri: pathToFileURL(INPUTS).href, requests: 1, edits: 0, timeoutMs: 60000, keepDiagnostics: true });
    out[name] = { count: r.openDiagnostics, messages: r.openMessages ?? [], error: r.error };
  }
  return out;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const load0 = loadavg();
  mkdirSync(WORK, { recursive: true });
  const built = ensureBuild();
  // --only-index: no sessions (no inputs, no peers, no rounds), only the CLI row and the index measures.
  const inputs = opts.onlyIndex ? [] : makeInputs(opts.quick ? QUICK : FULL, opts.only);
  const defs = opts.onlyIndex ? undefined : serverDefs({ root: ROOT, workDir: WORK, inputsDir: INPUTS, log });
  const rootUri = pathToFileURL(INPUTS).href;
  const sanity = opts.peers && !opts.onlyIndex ? await sanityCheck(defs) : undefined;
  if (sanity) log(`yaml-language-server sanity: kubernetes ${sanity.kubernetes.count} diagnostics, compose ${sanity.compose.count}`);

  // Peer sessions that take about a minute each run in the first 3 rounds only (and with ≤ 3 edits); the peer is
  // not run on the 50,000-line manifest unless --peer-huge (one round), as its session would take ~10 minutes.
  const heavyPeer = (input) => input.peer === 'yaml' && input.format === 'k8s' && input.size >= 5000;
  const results = [];
  const notes = [];
  let skippedForTime = 0;
  const byFormat = (f) => inputs.filter((i) => i.format === f).sort((a, b) => b.size - a.size);
  // "All five formats loaded": one server with the largest Dockerfile, a 5,000-line manifest (or the largest below),
  // the largest Compose file and playbook, and the inventory open; its peak RSS is the budget's number.
  const combinedMain = opts.onlyIndex ? undefined : byFormat('k8s').find((i) => i.size <= 5000);
  const combinedExtras = ['docker', 'compose', 'playbook', 'inventory'].map((f) => byFormat(f)[0]).filter(Boolean);

  let roundsRun = 0;
  for (let round = 1; round <= (opts.onlyIndex ? 0 : opts.rounds); round++) {
    // Stay within the time budget (the whole run must take under 10 minutes): after the third round, a round that
    // would end past the budget is not started.
    const elapsedS = (performance.now() - started) / 1000;
    if (round > 3 && elapsedS + elapsedS / (round - 1) > opts.timeBudgetS) {
      notes.push(`Stopped after ${round - 1} rounds to stay within the time budget (--time-budget ${opts.timeBudgetS} s; ${elapsedS.toFixed(0)} s elapsed).`);
      break;
    }
    roundsRun = round;
    for (const input of inputs) {
      const servers = ['ours'];
      if (opts.peers && input.peer) {
        const huge = input.format === 'k8s' && input.size > 5000;
        const overTime = (performance.now() - started) / 1000 > opts.timeBudgetS;
        if (huge && (!opts.peerHuge || round > 1)) {
          /* not run: see above */
        } else if (heavyPeer(input) && round > 3) {
          /* first 3 rounds only */
        } else if (overTime) {
          skippedForTime++;
        } else servers.push(input.peer);
      }
      if (round % 2 === 0) servers.reverse();
      for (const s of servers) {
        const peerHeavy = s !== 'ours' && (heavyPeer(input) || input.size > 5000);
        const r = await runSession(defs[s], input, { rootUri, requests: opts.requests, edits: peerHeavy ? Math.min(opts.edits, 3) : opts.edits, timeoutMs: s === 'ours' ? 60000 : 900000 });
        r.round = round;
        results.push(r);
        const f = (x) => (x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(0));
        log(`[round ${round}] ${input.id.padEnd(15)} ${s.padEnd(6)} ${r.error ? `ERROR ${r.error}` : `init ${f(r.initializeMs)} open ${f(r.openMs)} edit ${f(median(r.edit))} hover ${f(median(r.hover))} completion ${f(median(r.completion))} ms, RSS ${f(r.peakRss / 2 ** 20)} MiB`}`);
      }
    }
    if (combinedMain) {
      const r = await runSession(defs.ours, combinedMain, { rootUri, requests: opts.requests, edits: opts.edits, timeoutMs: 60000, extraDocs: combinedExtras });
      r.round = round;
      r.input = 'all-formats';
      results.push(r);
      log(`[round ${round}] all five formats ours   peak RSS ${r.error ? `ERROR ${r.error}` : `${(r.peakRss / 2 ** 20).toFixed(0)} MiB`}`);
    }
  }
  if (skippedForTime) notes.push(`${skippedForTime} peer session(s) skipped to stay within the time budget (--time-budget ${opts.timeBudgetS} s).`);

  // ---- extras ----
  const extras = {};
  if (opts.extras && !opts.onlyIndex) {
    const load = clientLoadMs(ROOT);
    if (typeof load === 'number') extras.clientLoadMs = load;
    else extras.clientLoadError = load.error ?? 'failed';
    extras.vsix = vsixSize(ROOT, { build: !opts.quick, log });
  }
  if (opts.extras || opts.onlyIndex) {
    const [small, large] = opts.indexSizes;
    // The index measures first: the CLI row reuses the small workspace they generate.
    log('workspace index (our server over stdio)…');
    const corpus = join(ROOT, '..', 'shared', 'corpus');
    extras.index = await indexMeasures({
      root: ROOT,
      workDir: WORK,
      sizes: [small, large],
      runs: opts.quick ? [3, 1] : [3, 3],
      cycles: opts.quick ? 3 : 5,
      corpus: { path: corpus, rel: relative(ROOT, corpus) },
      // Runs of the large workspace after its first one only while the run is within the time budget.
      withinBudget: () => (performance.now() - started) / 1000 < opts.timeBudgetS,
      log,
    });
    log(`CLI check over a generated workspace of ${small} files…`);
    extras.workspace = cliCheck(ROOT, WORK, small, opts.quick ? 1 : 3);
  }

  const report = render({
    opts: { ...opts, roundsRun },
    inputs,
    results,
    extras,
    sanity,
    notes,
    schema: defs && { k8s: K8S_SCHEMA_SOURCE, k8sDir: relative(ROOT, defs.schemaInfo.k8sDir), compose: defs.schemaInfo.compose },
    env: {
      date: new Date().toISOString(),
      node: process.version,
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
      memGiB: (totalmem() / 2 ** 30).toFixed(0),
      load: [load0, loadavg()].map((l) => l.map((x) => x.toFixed(1)).join(' ')),
      durationS: (performance.now() - started) / 1000,
      built,
    },
    stats: { median, percentile },
  });
  // The hand-written analysis of the budgets missed (why, and what it would take) follows a full run's numbers.
  const analysis = join(ROOT, 'bench', 'analysis.md');
  const full = !opts.quick && !opts.only && opts.peers && !opts.onlyIndex;
  const out = full && existsSync(analysis) ? `${report}\n${readFileSync(analysis, 'utf8')}` : report;
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, out);
  process.stdout.write(out);
  log(`\nwritten to ${relative(process.cwd(), opts.out) || opts.out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
