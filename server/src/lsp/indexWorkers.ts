// Reading the workspace's files for the index in worker threads: parsing is most of an index build, and in the
// server's own thread a request could wait for a whole large file's parse. Each worker is this same bundle
// (server.js, started as a worker: see server.ts), reads with the same confined file access, and sends back only
// facts. The workers exist for one build and are stopped after it, which also gives their memory back.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { extractFacts, parseDocument } from '../service/formats';
import { nodeWorkspaceFs } from '../service/workspace/fs';
import type { FileFacts } from '../service/workspace/facts';
import type { ParallelReader } from '../service/workspace/index';

interface Job {
  id: number;
  paths: string[];
}

interface Answer {
  id: number;
  facts: (FileFacts | null)[];
}

/** The worker side: read, parse and extract each asked path; answer with the facts (null: nothing of ours). */
export function runIndexWorker(): void {
  const { roots } = workerData as { roots: string[] };
  const fs = nodeWorkspaceFs(roots);
  parentPort!.on('message', (job: Job) => {
    const facts = job.paths.map((path) => {
      try {
        const text = fs.readFile(path, { cache: false });
        if (text === undefined) return null;
        const model = parseDocument({ uri: 'file://' + path.split('/').map(encodeURIComponent).join('/'), path, text });
        return model.skipped || !model.formats.size ? null : extractFacts(model);
      } catch {
        return null;
      }
    });
    parentPort!.postMessage({ id: job.id, facts } satisfies Answer);
  });
}

export const inIndexWorker = (): boolean => !isMainThread && (workerData as { devopsHintsIndex?: boolean } | undefined)?.devopsHintsIndex === true;

/**
 * A reader over `size` workers running `script` (the server bundle), or undefined where workers cannot run it (the
 * unbundled sources in tests, a missing file): the index then reads in its own thread, in slices.
 */
export function indexWorkers(script: string, roots: string[], max = Math.max(1, Math.min(4, cpus().length))): (ParallelReader & { started: number }) | undefined {
  if (!existsSync(script) || !script.endsWith('.js')) return undefined;
  return {
    /** Worker threads started (for the server's stats). */
    started: 0,
    async read(take, done, count) {
      const size = Math.min(max, count ?? max);
      const workers: Worker[] = [];
      try {
        for (let i = 0; i < size; i++) {
          // Their output is not ours to forward (stdout may be the LSP channel): piped and dropped.
          const w = new Worker(script, { workerData: { devopsHintsIndex: true, roots }, stdout: true, stderr: true });
          w.stdout.resume();
          w.stderr.resume();
          workers.push(w);
          this.started++;
        }
      } catch {
        await Promise.all(workers.map((w) => w.terminate()));
        return false;
      }
      // Small batches: the answers arrive as they are ready, so progress moves and this thread stays free.
      const BATCH = 16;
      let id = 0;
      try {
        await Promise.all(
          workers.map(
            (w) =>
              new Promise<void>((resolve, reject) => {
                let batch: string[] = [];
                const send = () => {
                  const paths = take(BATCH);
                  if (!paths) return resolve();
                  // Nothing for now (the index's own thread is still going): ask again shortly.
                  if (!paths.length) return void setTimeout(send, 10);
                  batch = paths;
                  w.postMessage({ id: ++id, paths } satisfies Job);
                };
                w.on('message', (a: Answer) => {
                  batch.forEach((p, i) => done(p, a.facts[i] ?? null));
                  send();
                });
                w.on('error', reject);
                w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`index worker exited with ${code}`))));
                // Started: the first batch is asked for when the worker is online (its start-up is not spent holding paths).
                w.once('online', send);
              }),
          ),
        );
        return true;
      } catch {
        return false;
      } finally {
        // Stopped before the build counts as done: their memory goes back with them.
        await Promise.all(workers.map((w) => w.terminate().catch(() => 0)));
      }
    },
  };
}
