// The long fuzz run: `npm run fuzz -- [--seed N] [--cases N] [--server-requests N] [--minutes M]`.
//   1. random mutations of every seed file through the pure service (in a worker, with a hang watchdog);
//   2. the sweep: every seed file truncated before each of its lines, the cursor at the end;
//   3. the real server over stdio, pull and push diagnostics in turn.
// Replays: `--file <path> --replay <seed>` (a service case), `--file <path> --truncate <k> --seed <run seed>`
// (a sweep case), `--server-session <seed> --pull|--push` (a server session).
import { performance } from 'node:perf_hooks';
import { seedFiles } from './corpus';
import { describe, exercise, fuzzService, makeCase, truncationCase, type ServiceCase } from './service';
import { jobFiles, runServiceJob, sweepSize, type ServiceReport } from './worker';
import { runServer, serverSession, emptyServerReport, type ServerReport } from './server';

interface Args {
  seed: number;
  cases: number;
  serverRequests: number;
  minutes: number;
  file?: string;
  replay?: number;
  truncate?: number;
  serverSession?: number;
  pull: boolean;
  sweep: boolean;
  server: boolean;
  service: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { seed: (Date.now() ^ (process.pid << 16)) >>> 0, cases: 20_000, serverRequests: 2_000, minutes: 3, pull: true, sweep: true, server: true, service: true };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) throw new Error(`${k} needs a number`);
      return v;
    };
    if (k === '--seed') a.seed = num() >>> 0;
    else if (k === '--cases') a.cases = num();
    else if (k === '--server-requests') a.serverRequests = num();
    else if (k === '--minutes') a.minutes = num();
    else if (k === '--file') a.file = argv[++i];
    else if (k === '--replay') a.replay = num() >>> 0;
    else if (k === '--truncate') a.truncate = num();
    else if (k === '--server-session') a.serverSession = num() >>> 0;
    else if (k === '--pull') a.pull = true;
    else if (k === '--push') a.pull = false;
    else if (k === '--no-sweep') a.sweep = false;
    else if (k === '--no-server') a.server = false;
    else if (k === '--server-only') a.service = a.sweep = false;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

const fmtMs = (ms: number) => (ms < 0 ? '-' : `${ms.toFixed(1)} ms`);

function replayCase(c: ServiceCase): number {
  console.log(`file: ${c.file.rel}${c.languageId ? ` (languageId ${c.languageId})` : ''}\nmutation: ${c.mutation}\ndocument (${c.text.length} chars): ${JSON.stringify(c.text.length > 2000 ? c.text.slice(0, 2000) + '…' : c.text)}`);
  const r = exercise(fuzzService(), c, c.posSeed);
  console.log(`${r.calls} calls, slowest ${r.slowest.call} ${fmtMs(r.slowest.ms)}`);
  for (const v of r.violations) console.log(`  ${describe(v)}${v.stack ? '\n    ' + v.stack.split('\n').slice(1, 8).join('\n    ') : ''}`);
  console.log(`${r.violations.length ? 0 : 1} passed, ${r.violations.length ? 1 : 0} failed`);
  return r.violations.length ? 1 : 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const files = jobFiles(args.file);
  if (!files.length) {
    console.error(args.file ? `no seed file ${args.file} (paths are relative to the repository, e.g. ../shared/corpus/…)` : 'no seed files');
    return 2;
  }
  if (args.replay !== undefined) return replayCase(makeCase(files[0], args.replay));
  if (args.truncate !== undefined) return replayCase(truncationCase(files[0], args.truncate, args.seed));

  const t0 = Date.now();
  const end = t0 + args.minutes * 60_000;
  const log = (l: string) => console.log(l);
  const kinds = files.reduce<Record<string, number>>((m, f) => ((m[f.kind] = (m[f.kind] ?? 0) + 1), m), {});
  console.log(`DevOps Hints fuzz: seed ${args.seed}, ${files.length} seed files (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}), up to ${args.minutes} min`);

  if (args.serverSession !== undefined) {
    const report = emptyServerReport();
    await serverSession({ seed: args.serverSession, pull: args.pull, requests: args.serverRequests, deadline: end, files: seedFiles(), log }, report);
    printServer(report);
    console.log(`${report.requests - report.failures.length} passed, ${report.failures.length} failed`);
    return report.failures.length ? 1 : 0;
  }

  let lastProgress = Date.now();
  const progress = (what: string) => (r: ServiceReport) => {
    if (Date.now() - lastProgress < 15_000) return;
    lastProgress = Date.now();
    console.log(`  … ${what}: ${r.cases} cases, ${r.failedCases} failed, ${Math.round((Date.now() - t0) / 1000)} s`);
  };

  let random: ServiceReport | undefined;
  if (args.service) {
    const deadline = args.sweep || args.server ? t0 + (end - t0) * (args.server ? 0.55 : 0.75) : end;
    const started = performance.now();
    random = await runServiceJob({ mode: 'random', runSeed: args.seed, from: 0, to: args.cases, deadline, file: args.file }, { log, onCase: progress('service') });
    console.log(`service: ${random.cases} cases, ${random.calls} calls in ${((performance.now() - started) / 1000).toFixed(0)} s — crashes ${random.crashes}, hangs ${random.hangs}, range errors ${random.rangeErrors}, edit errors ${random.editErrors}, message errors ${random.messageErrors}`);
    console.log(`  answers: ${hitsLine(random)}`);
    console.log(`  slowest call: ${random.slowest.call} ${fmtMs(random.slowest.ms)} on ${random.slowest.file} [${random.slowest.mutation}] (seed ${random.slowest.seed})`);
  }
  let sweep: ServiceReport | undefined;
  if (args.sweep) {
    const deadline = args.server ? t0 + (end - t0) * 0.8 : end;
    const started = performance.now();
    const size = sweepSize(files);
    sweep = await runServiceJob({ mode: 'sweep', runSeed: args.seed, from: 0, to: size, deadline, file: args.file, opts: { positions: 2, actionRanges: 1, applyFixes: 1 } }, { log, onCase: progress('sweep') });
    console.log(`sweep (truncation at every line): ${sweep.cases} of ${size} cuts, ${sweep.calls} calls in ${((performance.now() - started) / 1000).toFixed(0)} s — crashes ${sweep.crashes}, hangs ${sweep.hangs}, range errors ${sweep.rangeErrors}, edit errors ${sweep.editErrors}, message errors ${sweep.messageErrors}`);
    console.log(`  answers: ${hitsLine(sweep)}`);
    console.log(`  slowest call: ${sweep.slowest.call} ${fmtMs(sweep.slowest.ms)} on ${sweep.slowest.file} [${sweep.slowest.mutation}]`);
  }
  let server: ServerReport | undefined;
  if (args.server) {
    const started = performance.now();
    server = await runServer({ runSeed: args.seed, requests: args.serverRequests, deadline: Math.max(end, Date.now() + 5000), files, log });
    console.log(`server over stdio (${((performance.now() - started) / 1000).toFixed(0)} s):`);
    printServer(server);
  }

  const svcReports = [random, sweep].filter((r): r is ServiceReport => !!r);
  const crashes = svcReports.reduce((s, r) => s + r.crashes, 0) + (server?.crashes ?? 0);
  const hangs = svcReports.reduce((s, r) => s + r.hangs, 0) + (server?.hangs ?? 0);
  const cases = svcReports.reduce((s, r) => s + r.cases, 0);
  const failed = svcReports.reduce((s, r) => s + r.failedCases, 0) + (server?.failures.length ?? 0);
  const passed = cases - svcReports.reduce((s, r) => s + r.failedCases, 0) + Math.max(0, (server?.requests ?? 0) - (server?.failures.length ?? 0));
  const slow = svcReports.map((r) => r.slowest).sort((a, b) => b.ms - a.ms)[0];
  console.log('');
  console.log(`seed ${args.seed}: ${cases} service cases, ${server?.requests ?? 0} server requests in ${Math.round((Date.now() - t0) / 1000)} s`);
  console.log(`crashes: ${crashes}, hangs: ${hangs}`);
  if (slow) console.log(`slowest service call: ${slow.call} ${fmtMs(slow.ms)} on ${slow.file} [${slow.mutation}]`);
  if (server) console.log(`slowest server request: ${server.slowest.method} ${fmtMs(server.slowest.ms)} on ${server.slowest.file || '-'} [${server.slowest.mutation || '-'}]`);
  for (const r of svcReports) for (const f of r.failures) console.log(`failure (${f.count} cases): ${f.summary}\n  ${f.path}`);
  for (const f of server?.failures ?? []) console.log(`failure (${f.count}×): ${f.summary}\n  ${f.path}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

function hitsLine(r: ServiceReport): string {
  const h = r.hits;
  return `${h.diagnostics} diagnostics, ${h.hovers} hovers, ${h.completions} completion lists, ${h.definitions} definitions, ${h.actions} code actions, ${h.fixesApplied} fixes applied and re-validated`;
}

function printServer(r: ServerReport): void {
  console.log(`  ${r.sessions} sessions, ${r.requests} requests, ${r.notifications} notifications — crashes ${r.crashes}, hangs ${r.hangs}, range errors ${r.rangeErrors}, slow once (busy machine) ${r.slowOnce}`);
  console.log(`  answered with something: ${Object.entries(r.nonEmpty).map(([m, n]) => `${m.replace('textDocument/', '')} ${n}`).join(', ')}`);
  console.log(`  slowest request: ${r.slowest.method} ${fmtMs(r.slowest.ms)} on ${r.slowest.file || '-'} [${r.slowest.mutation || '-'}]; slowest initialize (process start) ${fmtMs(r.initializeMs)}`);
}

// `node --test out/test/` loads every file under out/test/: only a direct run starts the long fuzz.
if (require.main === module && !process.env.NODE_TEST_CONTEXT) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(2);
    },
  );
}
