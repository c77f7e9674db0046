// Service fuzzing runs in a child process so that neither a real hang (an endless loop never returns) nor a fatal
// error of the VM (out of memory, which no try/catch sees and which would take a worker thread's whole process with
// it) stops the run: the parent watches the child, and when a case runs past the watchdog or the child dies, it
// reports the case (its document is recomputed from the seed) and carries on with a fresh child.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { splitLines, caseSeed } from './mutate';
import { pickFile, seedFiles, type SeedFile } from './corpus';
import { DEFAULT_EXERCISE, fuzzService, makeCase, runCase, truncationCase, writeFailure, type ExerciseOptions, type FailureReport, type ServiceCase, type Slowest, type Violation, CALL_LIMIT_MS, signature, noHits, type Hits } from './service';

export interface ServiceJob {
  mode: 'random' | 'sweep' | 'list';
  runSeed: number;
  /** Flat case numbers [from, to) (random: case n on file n mod files; sweep: every cut of every file in order). */
  from: number;
  to: number;
  /** Stop starting cases at this time (epoch ms). */
  deadline: number;
  /** Only the file whose repository-relative path is this. */
  file?: string;
  /** Only these files (repository-relative paths). */
  files?: string[];
  /** mode 'list': explicit cases. */
  list?: { seed?: number; truncate?: number }[];
  opts?: ExerciseOptions;
  shrinkBudgetMs?: number;
}

type Msg =
  | { t: 'start'; n: number }
  | { t: 'done'; n: number; file: string; mutation: string; seed: number; calls: number; hits: Hits; slowest: { call: string; ms: number }; violations?: Violation[]; failure?: FailureReport }
  | { t: 'heartbeat' }
  | { t: 'end'; n: number };

export function jobFiles(file?: string, files?: string[]): SeedFile[] {
  const all = seedFiles();
  if (files) return all.filter((f) => files.includes(f.rel));
  return file ? all.filter((f) => f.rel === file || f.path === file) : all;
}

/** The sweep's flat numbering: cut k (before line k, k = 0 … lines) of each file in turn. */
function sweepCase(files: SeedFile[], n: number, runSeed: number): ServiceCase | undefined {
  for (const f of files) {
    const cuts = splitLines(f.text).length + 1;
    if (n < cuts) return truncationCase(f, n, runSeed);
    n -= cuts;
  }
  return undefined;
}

export function sweepSize(files: SeedFile[]): number {
  return files.reduce((s, f) => s + splitLines(f.text).length + 1, 0);
}

export function caseOf(job: ServiceJob, files: SeedFile[], n: number): ServiceCase | undefined {
  if (!files.length) return undefined;
  if (job.mode === 'random') return makeCase(pickFile(files, n), caseSeed(job.runSeed, n));
  if (job.mode === 'sweep') return sweepCase(files, n, job.runSeed);
  const item = job.list?.[n];
  if (!item) return undefined;
  return item.truncate !== undefined ? truncationCase(files[0], item.truncate, job.runSeed) : makeCase(files[0], item.seed ?? 0);
}

const WORKER_FLAG = '--devops-hints-fuzz-worker';

async function workerMain(job: ServiceJob): Promise<void> {
  // 'start' is awaited (handed to the OS) before the case runs: if the process dies, the parent knows which case.
  const post = (m: Msg) => new Promise<void>((resolve) => process.send!(m, undefined, {}, () => resolve()));
  const files = jobFiles(job.file, job.files);
  const svc = fuzzService();
  const opts = job.opts ?? DEFAULT_EXERCISE;
  const seen = new Set<string>();
  let n = job.from;
  for (; n < job.to && Date.now() < job.deadline; n++) {
    const c = caseOf(job, files, n);
    if (!c) break;
    await post({ t: 'start', n });
    const out = runCase(svc, c, opts, job.shrinkBudgetMs, seen);
    void post({
      t: 'done',
      n,
      file: c.file.rel,
      mutation: c.mutation,
      seed: c.seed,
      calls: out.result.calls,
      hits: out.result.hits,
      slowest: out.result.slowest,
      violations: out.failure ? out.result.violations : undefined,
      failure: out.failure,
    });
  }
  await post({ t: 'end', n });
  process.disconnect();
}

// Only when started by runServiceJob (node --test loads every file under out/test/ too: then nothing happens).
if (process.argv.includes(WORKER_FLAG) && process.send) {
  process.once('message', (job: ServiceJob) => void workerMain(job));
}

// ---- the main thread's side ----

export interface ServiceReport {
  cases: number;
  failedCases: number;
  calls: number;
  crashes: number;
  hangs: number;
  rangeErrors: number;
  editErrors: number;
  messageErrors: number;
  hits: Hits;
  slowest: Slowest;
  /** One entry per distinct failure signature (the first case written to a file; the others counted). */
  failures: { signature: string; summary: string; path: string; count: number }[];
  /** Where the job stopped (the next case number). */
  next: number;
}

export interface RunHooks {
  /** A case takes at most this long (shrinking included) before the worker is declared hung. */
  watchdogMs?: number;
  log?: (line: string) => void;
  onCase?: (r: ServiceReport) => void;
}

export function emptyServiceReport(): ServiceReport {
  return { cases: 0, failedCases: 0, calls: 0, crashes: 0, hangs: 0, rangeErrors: 0, editErrors: 0, messageErrors: 0, hits: noHits(), slowest: { call: '', ms: -1, file: '', mutation: '', seed: 0 }, failures: [], next: 0 };
}

/** Run a job in child processes (a fresh one after a hang or a crash) and collect the report. */
export async function runServiceJob(job: ServiceJob, hooks: RunHooks = {}): Promise<ServiceReport> {
  const report = emptyServiceReport();
  const watchdogMs = hooks.watchdogMs ?? 45_000;
  const log = hooks.log ?? (() => undefined);
  let from = job.from;
  while (from < job.to && Date.now() < job.deadline) {
    const stoppedAt = await new Promise<{ next: number; hung?: number; died?: string }>((resolve) => {
      const child = fork(join(__dirname, 'worker.js'), [WORKER_FLAG], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
      let stderr = '';
      child.stderr!.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-4000)));
      child.send({ ...job, from });
      let current: number | undefined;
      let lastDone = from - 1;
      let last = Date.now();
      let settled = false;
      const finish = (v: { next: number; hung?: number; died?: string }) => {
        if (settled) return;
        settled = true;
        clearInterval(timer);
        resolve(v);
      };
      const timer = setInterval(() => {
        if (current !== undefined && Date.now() - last > watchdogMs) {
          const hung = current;
          child.kill('SIGKILL');
          finish({ next: hung + 1, hung });
        }
      }, 250);
      child.on('message', (m: Msg) => {
        last = Date.now();
        if (m.t === 'start') current = m.n;
        else if (m.t === 'done') {
          current = undefined;
          lastDone = m.n;
          report.cases++;
          report.calls += m.calls;
          for (const k of Object.keys(m.hits) as (keyof Hits)[]) report.hits[k] += m.hits[k];
          if (m.slowest.ms > report.slowest.ms) report.slowest = { call: m.slowest.call, ms: m.slowest.ms, file: m.file, mutation: m.mutation, seed: m.seed };
          if (m.failure && m.violations) {
            report.failedCases++;
            for (const v of m.violations) {
              if (v.kind === 'exception' || v.kind === 'check-error') report.crashes++;
              else if (v.kind === 'slow') report.hangs++;
              else if (v.kind === 'range') report.rangeErrors++;
              else if (v.kind === 'message') report.messageErrors++;
              else report.editErrors++;
            }
            const sig = signature(m.violations[0]);
            const known = report.failures.find((f) => f.signature === sig);
            if (known) known.count++;
            else {
              const path = writeFailure(m.failure, m.violations);
              const summary = `seed ${m.failure.seed} ${m.failure.file} [${m.failure.mutation}] → ${m.violations[0].call}: ${m.violations[0].kind}: ${m.violations[0].message.split('\n')[0]}`;
              report.failures.push({ signature: sig, summary, path, count: 1 });
              log(`FAIL ${summary}\n     reproducer: ${path}\n     replay: ${m.failure.replay}`);
            }
          }
          hooks.onCase?.(report);
        } else if (m.t === 'end') finish({ next: m.n });
      });
      child.on('error', (e) => (stderr += `\n${e.message}`));
      child.on('exit', (code, signal) => {
        const why = `the fuzzing process exited (${signal ?? `code ${code}`}): ${stderr.trim().split('\n').slice(0, 6).join(' | ')}`;
        finish(current !== undefined ? { next: current + 1, hung: current, died: why } : { next: lastDone + 1, died: lastDone + 1 >= job.to ? undefined : why });
      });
    });
    if (stoppedAt.hung !== undefined) {
      // The child never came back (a hang) or died (a crash no try/catch sees): report the case from its seed, unshrunk.
      const files = jobFiles(job.file, job.files);
      const c = caseOf(job, files, stoppedAt.hung);
      report.cases++;
      report.failedCases++;
      if (stoppedAt.died) report.crashes++;
      else report.hangs++;
      if (c) {
        const v: Violation = stoppedAt.died
          ? { call: 'case', kind: 'exception', message: stoppedAt.died }
          : { call: 'case', kind: 'slow', message: `no answer within ${watchdogMs} ms (limit per call ${CALL_LIMIT_MS} ms): the fuzzing process was killed` };
        const failure: FailureReport = { seed: c.seed, file: c.file.rel, mutation: c.mutation, languageId: c.languageId, violation: v, reproducer: c.text, replay: `npm run fuzz -- ${c.replay}` };
        const path = writeFailure(failure, [v]);
        const summary = `seed ${c.seed} ${c.file.rel} [${c.mutation}] → ${stoppedAt.died ? `crash: ${stoppedAt.died}` : 'hang (the fuzzing process was killed)'}`;
        report.failures.push({ signature: `${v.call}/${v.kind}/${summary}`, summary, path, count: 1 });
        log(`${stoppedAt.died ? 'CRASH' : 'HANG'} ${summary}\n     reproducer: ${path}`);
      }
    } else if (stoppedAt.died) {
      log(`the fuzzing process stopped between cases: ${stoppedAt.died}`);
      report.crashes++;
    }
    const progressed = stoppedAt.next > from;
    from = stoppedAt.next;
    report.next = from;
    if ((stoppedAt.hung === undefined && !stoppedAt.died) || !progressed) break;
  }
  return report;
}
