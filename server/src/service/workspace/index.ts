// The workspace index: for every file of the workspace that one of our file kinds reads, the facts other files need
// (workspace/facts.ts). It is built once (in the background in the editor, at once in the CLI), kept current from
// file events and from open documents (an unsaved edit wins over the disk), and it keeps reverse edges: who read
// what. A change then re-validates only the documents that depend on it.
//
// Dependencies are keys:  f:<path>  the facts of a file        x:<path>  the file on disk (exists, text)
//                         all       any file's facts           ready     the index being built
//                         all:<part>  one part of any file's facts (`all:kubernetes`): a Kubernetes check that reads
//                                   every manifest is not re-run when a Dockerfile changes
// Each key has a stamp that moves when it changes; findings remember the stamps of the keys they read and are
// computed again once one of them has moved.
import { posix } from 'node:path';
import type { DocumentModel } from '../model';
import type { WorkspaceFs } from './fs';
import { recordingFs } from './fs';
import type { FileFacts } from './facts';
import type { WorkspaceView } from './view';

/** Folders never indexed: dependencies, version control, build output, virtual environments, caches. */
export const SKIP_DIRS = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', 'vendor', 'bower_components', '.terraform',
  '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache', '.gradle', '.idea', '.next', '.nuxt', '.cache',
  'target', 'coverage', '.DS_Store',
]);
/** At most this many files are indexed, and at most this many folder entries looked at. */
export const MAX_INDEX_FILES = 20_000;
export const MAX_SCAN_ENTRIES = 200_000;
/** The index's own thread reads files up to this size; larger ones go to its worker threads. */
const MAIN_THREAD_MAX_BYTES = 32 * 1024;
/** A workspace with more files than this is read by worker threads. */
const PARALLEL_MIN_FILES = 1500;
/** Folders nested deeper than this are not entered. */
export const MAX_SCAN_DEPTH = 40;

export interface IndexHost {
  /** The confined file access of the moment (it changes with the workspace folders). */
  fs(): WorkspaceFs;
  /** Whether a file kind reads files of this name. */
  claims(path: string): boolean;
  parse(path: string, text: string, languageId?: string): DocumentModel;
  /** The facts of a parsed file (each format's part). */
  extract(model: DocumentModel): FileFacts;
}

export interface BuildProgress {
  indexed: number;
  /** Files found so far (grows while folders are still being listed). */
  found: number;
  listing: boolean;
}

/**
 * Reads files' facts somewhere else (worker threads): takes paths as it goes, calls `done` for each file as its facts
 * arrive; resolves true when every path taken was read, false when it could not (the index then reads them itself).
 */
export interface ParallelReader {
  /** `take(n)` hands out the next paths to read (undefined when none are left). */
  read(take: (n: number) => string[] | undefined, done: (path: string, facts: FileFacts | null) => void, workers?: number): Promise<boolean>;
}

export interface BuildResult {
  files: number;
  entries: number;
  ms: number;
  complete: boolean;
}

const FACTS = (p: string) => `f:${p}`;

/** Facts without their positions (ranges), as a comparable string. */
function semantic(f: unknown): string {
  return JSON.stringify(f ?? null, (k, v) => (k === 'range' || k === 'nameRange' ? undefined : v));
}

/** The parts of a file's facts a view can depend on one by one (`allOf`). */
export const FACT_PARTS = ['dockerfile', 'compose', 'kubernetes', 'kustomize', 'ansible', 'inventory'] as const;
export type FactPart = (typeof FACT_PARTS)[number];
const ALL_OF = (part: FactPart) => `all:${part}`;

function inSkippedFolder(path: string): boolean {
  return path.split('/').slice(0, -1).some((s) => SKIP_DIRS.has(s));
}
const DISK = (p: string) => `x:${p}`;

export class WorkspaceIndex {
  /** Facts read from the disk: null for a path looked at that holds nothing of ours (or does not exist). */
  private readonly disk = new Map<string, FileFacts | null>();
  /**
   * Open documents: their facts (null: none of ours), or — while nobody reads them — the model to take them from
   * when asked (extracting and comparing facts on every keystroke of a 10,000-line file costs tens of ms).
   */
  private readonly open = new Map<string, { facts?: FileFacts | null; model?: DocumentModel }>();
  private readonly stamps = new Map<string, number>();
  private tick = 0;
  private readonly depsOf = new Map<string, Set<string>>();
  private readonly dependents = new Map<string, Set<string>>();
  private allCache: FileFacts[] | undefined;
  private generation = 0;
  ready = false;
  complete = false;

  private readonly maxFiles: number;
  private readonly maxEntries: number;

  constructor(
    private readonly host: IndexHost,
    limits: { maxFiles?: number; maxEntries?: number } = {},
  ) {
    this.maxFiles = limits.maxFiles ?? MAX_INDEX_FILES;
    this.maxEntries = limits.maxEntries ?? MAX_SCAN_ENTRIES;
  }

  // ---- building ----

  /**
   * The work of indexing `roots`, as steps: each yields after a folder listed or a file indexed, so that the caller
   * decides how long to work before letting other requests in (build) or runs it to the end (indexSync).
   */
  private *steps(roots: string[], progress: BuildProgress, result: BuildResult): Generator<void> {
    const files = yield* this.listing(roots, progress, result);
    for (const p of files) {
      if (!this.open.has(p) && !this.primed.delete(p)) this.replaceDisk(p, this.read(p));
      progress.indexed++;
      yield;
    }
  }

  /** Files whose facts were taken from a model parsed anyway (the CLI's check): the next build does not read them again. */
  private readonly primed = new Set<string>();

  /** The facts of a file on disk, from a model of its current text that the caller has parsed anyway (the CLI). */
  prime(path: string, model: DocumentModel): void {
    const p = posix.resolve(path);
    this.replaceDisk(p, this.extractFrom(model));
    this.primed.add(p);
  }

  /** The files of the roots that a file kind reads, in steps (one per folder listed). */
  private *listing(roots: string[], progress: BuildProgress, result: BuildResult): Generator<void, string[]> {
    const fs = this.host.fs();
    const queue: { dir: string; depth: number }[] = roots.map((r) => ({ dir: posix.resolve(r), depth: 0 }));
    const files: string[] = [];
    const seen = new Set<string>();
    let entries = 0;
    let complete = true;
    progress.listing = true;
    while (queue.length) {
      const { dir, depth } = queue.shift()!;
      if (seen.has(dir)) continue;
      seen.add(dir);
      const list = fs.readDir(dir) ?? [];
      for (const e of list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (++entries > this.maxEntries) {
          complete = false;
          queue.length = 0;
          break;
        }
        const p = posix.join(dir, e.name);
        if (e.dir) {
          if (SKIP_DIRS.has(e.name)) continue;
          if (depth + 1 > MAX_SCAN_DEPTH) complete = false;
          else queue.push({ dir: p, depth: depth + 1 });
        } else if ((e.file || e.symlink) && this.host.claims(p)) {
          if (files.length >= this.maxFiles) {
            complete = false;
            continue;
          }
          files.push(p);
          progress.found = files.length;
        }
      }
      yield;
    }
    progress.listing = false;
    result.entries = entries;
    result.files = files.length;
    result.complete = complete;
    return files;
  }

  private finish(result: BuildResult, t0: number): BuildResult {
    this.ready = true;
    this.complete = result.complete;
    this.bump('ready');
    this.bumpAll();
    result.ms = Date.now() - t0;
    return result;
  }

  /** Index the roots at once (the CLI, tests). */
  indexSync(roots: string[]): BuildResult {
    const t0 = Date.now();
    const result: BuildResult = { files: 0, entries: 0, ms: 0, complete: true };
    const gen = ++this.generation;
    for (const _ of this.steps(roots, { indexed: 0, found: 0, listing: true }, result)) void _;
    return gen === this.generation ? this.finish(result, t0) : result;
  }

  /**
   * Index the roots in the background: work in slices of `sliceMs`, letting the event loop answer requests between
   * them; report progress at most every `progressMs`. A later build (or reset) cancels this one.
   */
  async build(
    roots: string[],
    opts: { sliceMs?: number; progressMs?: number; onProgress?: (p: BuildProgress) => void; parallel?: ParallelReader } = {},
  ): Promise<BuildResult> {
    const t0 = Date.now();
    const gen = ++this.generation;
    const result: BuildResult = { files: 0, entries: 0, ms: 0, complete: true };
    const progress: BuildProgress = { indexed: 0, found: 0, listing: true };
    const slice = opts.sliceMs ?? 4;
    let lastReport = 0;
    const report = () => {
      if (opts.onProgress && Date.now() - lastReport >= (opts.progressMs ?? 100)) {
        lastReport = Date.now();
        opts.onProgress(progress);
      }
    };
    if (opts.parallel) {
      // Listing here (in slices), parsing in other threads: this thread only stores the facts that come back.
      const listing = this.listing(roots, progress, result);
      let files: string[] | undefined;
      for (;;) {
        const until = Date.now() + slice;
        let step = listing.next();
        while (!step.done && Date.now() < until) step = listing.next();
        if (gen !== this.generation) return result;
        if (step.done) {
          files = step.value;
          break;
        }
        report();
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      // A large workspace is read by the workers (their garbage goes when they stop, and a large file's parse never
      // holds this thread), this thread helping with small files until their first answer (they take ~0.3 s to
      // start). A small workspace is read here, in slices: on this machine's two vCPUs parsing does not run faster
      // in parallel (two processes each parsing half the files take as long as one parsing all), and starting
      // workers then only costs (~0.3 s, and this thread's parsers stay cold for the edits that follow).
      const queue = files.slice();
      let next = 0;
      const take = (n: number): string[] | undefined => (next < queue.length ? queue.slice(next, (next += n)) : undefined);
      const store = (path: string, facts: FileFacts | null) => {
        if (gen !== this.generation) return;
        if (!this.open.has(path)) this.replaceDisk(path, facts);
        progress.indexed++;
        report();
      };
      const parallel = opts.parallel;
      let answered = false;
      let lastYield = Date.now();
      if (queue.length <= PARALLEL_MIN_FILES) {
        progress.indexed = 0;
        for (const p of queue) {
          if (gen !== this.generation) return result;
          if (!this.open.has(p)) this.replaceDisk(p, this.read(p));
          progress.indexed++;
          if (Date.now() - lastYield >= slice) {
            report();
            await new Promise<void>((resolve) => setImmediate(resolve));
            lastYield = Date.now();
          }
        }
        if (gen !== this.generation) return result;
        return this.finish(result, t0);
      }
      // The large files this thread sets aside: the workers take them first.
      const big: string[] = [];
      const takeBig = (n: number) => (big.length ? big.splice(0, n) : undefined);
      const reading = parallel.read(
        (n) => takeBig(n) ?? take(n),
        (path, facts) => {
          answered = true;
          store(path, facts);
        },
      );
      while (!answered && next < queue.length) {
        const until = Date.now() + slice;
        while (!answered && Date.now() < until) {
          const [path] = take(1) ?? [];
          if (!path) break;
          const text = this.host.fs().readFile(path, { cache: false });
          if (text !== undefined && text.length > MAIN_THREAD_MAX_BYTES) big.push(path);
          else store(path, text === undefined ? null : (this.factsOfText(path, text) ?? null));
        }
        report();
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (gen !== this.generation) return result;
      }
      const read = await reading;
      if (gen !== this.generation) return result;
      if (read) return this.finish(result, t0);
      // The other threads failed: index here after all (below).
      progress.indexed = 0;
    }
    const it = this.steps(roots, progress, result);
    for (;;) {
      const until = Date.now() + slice;
      let done = false;
      while (Date.now() < until) {
        if (it.next().done) {
          done = true;
          break;
        }
      }
      if (gen !== this.generation) return result;
      if (done) break;
      report();
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (gen !== this.generation) return result;
    }
    return this.finish(result, t0);
  }

  /** Forget everything read from the disk (the workspace folders changed): not ready until built again. */
  reset(): void {
    this.generation++;
    this.disk.clear();
    this.ready = false;
    this.complete = false;
    this.bumpAll();
  }

  get size(): number {
    let n = 0;
    for (const [p, f] of this.disk) if (f && !this.open.has(p)) n++;
    return n + this.open.size;
  }

  // ---- reading ----

  private read(path: string, languageId?: string): FileFacts | null {
    const text = this.host.fs().readFile(path, { cache: false });
    if (text === undefined) return null;
    return this.factsOfText(path, text, languageId) ?? null;
  }

  factsOfText(path: string, text: string, languageId?: string): FileFacts | undefined {
    try {
      const model = this.host.parse(path, text, languageId);
      if (model.skipped || !model.formats.size) return undefined;
      return this.host.extract(model);
    } catch {
      return undefined;
    }
  }

  factsOf(path: string, languageId?: string): FileFacts | undefined {
    const p = posix.resolve(path);
    if (this.open.has(p)) return this.openFacts(p) ?? undefined;
    if (this.disk.has(p)) return this.disk.get(p) ?? undefined;
    if (!this.host.fs().contains(p)) return undefined;
    const facts = this.read(p, languageId);
    this.disk.set(p, facts);
    return facts ?? undefined;
  }

  all(): readonly FileFacts[] | undefined {
    if (!this.ready) return undefined;
    if (!this.allCache) {
      // Files read on demand in folders the index skips (a Dockerfile under vendor/ that a Compose file names)
      // answer factsOf, but are not part of the workspace's files.
      const out: FileFacts[] = [];
      for (const [p, f] of this.disk) if (f && !this.open.has(p) && !inSkippedFolder(p)) out.push(f);
      for (const p of this.open.keys()) {
        const f = this.openFacts(p);
        if (f && !inSkippedFolder(p)) out.push(f);
      }
      this.allCache = out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    return this.allCache;
  }

  /** A view whose reads are recorded into `keys` (and the file reads of `fs` into the same set). */
  view(keys?: Set<string>): { view: WorkspaceView; fs: WorkspaceFs } {
    const rec = keys ?? new Set<string>();
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const index = this;
    const view: WorkspaceView = {
      get ready() {
        if (!index.ready) rec.add('ready');
        return index.ready;
      },
      get complete() {
        return index.complete;
      },
      factsOf(path, languageId) {
        rec.add(FACTS(posix.resolve(path)));
        return index.factsOf(path, languageId);
      },
      all() {
        rec.add(index.ready ? 'all' : 'ready');
        return index.all();
      },
      allOf(...parts) {
        if (!index.ready) rec.add('ready');
        else for (const p of parts) rec.add(ALL_OF(p));
        return index.all();
      },
      factsOfText: (path, text, languageId) => index.factsOfText(path, text, languageId),
    };
    const fs = recordingFs(this.host.fs(), (p) => rec.add(DISK(posix.isAbsolute(p) ? posix.resolve(p) : p)));
    return { view, fs };
  }

  // ---- changes ----

  private bump(key: string): void {
    this.stamps.set(key, ++this.tick);
    if (key === 'all') this.allCache = undefined;
  }

  /** Everything may have changed: `all` and each of its parts. */
  private bumpAll(): void {
    this.bump('all');
    for (const p of FACT_PARTS) this.bump(ALL_OF(p));
  }

  stamp(key: string): number {
    return this.stamps.get(key) ?? 0;
  }

  private replaceDisk(path: string, facts: FileFacts | null): string[] {
    const before = this.disk.has(path) ? this.disk.get(path) : undefined;
    this.disk.set(path, facts);
    if (this.open.has(path)) return [];
    return this.compare(path, before ?? null, facts);
  }

  /**
   * Whether a file's facts changed for the documents that read them. Positions are left out: a line added above a
   * stage moves it but changes nothing another file's findings say (findings never quote another file's positions;
   * navigation reads them fresh). The new facts are kept either way.
   */
  private compare(path: string, before: FileFacts | null, after: FileFacts | null): string[] {
    // Nobody has read these facts (or the workspace's): there is nothing to tell, and comparing costs a serialisation.
    if (!this.read_(path)) {
      this.allCache = undefined;
      return [];
    }
    if (semantic(before) === semantic(after)) return [];
    this.bump(FACTS(path));
    this.bump('all');
    const changed = [FACTS(path), 'all'];
    for (const p of FACT_PARTS) {
      if (semantic(before?.[p]) === semantic(after?.[p])) continue;
      this.bump(ALL_OF(p));
      changed.push(ALL_OF(p));
    }
    return changed;
  }

  /** A file was created, changed or deleted on disk (a watched-file event): the keys that changed. */
  fileChanged(path: string, type: 'created' | 'changed' | 'deleted'): string[] {
    const p = posix.resolve(path);
    this.host.fs().invalidate(p);
    const changed = new Set<string>();
    // The file itself, and, for a folder deleted or moved away, everything that was read under it.
    const under = p.endsWith('/') ? p : p + '/';
    const diskKeys = [...this.dependents.keys()].filter((k) => k === DISK(p) || k.startsWith(DISK(under)));
    for (const k of diskKeys.length ? diskKeys : [DISK(p)]) {
      this.bump(k);
      changed.add(k);
    }
    if (type === 'deleted') {
      for (const known of [...this.disk.keys()]) {
        if (known !== p && !known.startsWith(under)) continue;
        for (const k of this.replaceDisk(known, null)) changed.add(k);
      }
      // A folder the index never listed may still have been read on demand: nothing more is known about it.
      this.disk.delete(p);
    } else if (this.disk.has(p) || this.host.claims(p) || this.dependents.has(FACTS(p))) {
      for (const k of this.replaceDisk(p, this.read(p))) changed.add(k);
    }
    return [...changed];
  }

  private extractFrom(model: DocumentModel): FileFacts | null {
    try {
      return model.skipped || !model.formats.size ? null : this.host.extract(model);
    } catch {
      return null;
    }
  }

  /** The facts of an open document, taken from its model the first time they are asked for. */
  private openFacts(p: string): FileFacts | null {
    const e = this.open.get(p);
    if (!e) return null;
    if (e.facts === undefined) {
      e.facts = e.model ? this.extractFrom(e.model) : null;
      e.model = undefined;
    }
    return e.facts;
  }

  /** Whether a document reads the facts of this file (or of the whole workspace). */
  private read_(p: string): boolean {
    return this.dependents.has(FACTS(p)) || this.dependents.has('all') || FACT_PARTS.some((part) => this.dependents.has(ALL_OF(part)));
  }

  /**
   * An open document's facts replace its file's on disk (an unsaved edit wins): the keys that changed. While no
   * document reads them, they are only taken when asked for, and nothing is compared.
   */
  setOpen(path: string, model: DocumentModel): string[] {
    const p = posix.resolve(path);
    if (!this.read_(p)) {
      this.open.set(p, { model });
      this.allCache = undefined;
      return [];
    }
    const before = this.open.has(p) ? this.openFacts(p) : (this.disk.get(p) ?? null);
    const facts = this.extractFrom(model);
    this.open.set(p, { facts });
    this.allCache = undefined;
    return this.compare(p, before, facts);
  }

  /** An open document was closed: its file on disk counts again. */
  closeOpen(path: string): string[] {
    const p = posix.resolve(path);
    if (!this.open.has(p)) return [];
    const before = this.read_(p) ? this.openFacts(p) : undefined;
    this.open.delete(p);
    this.allCache = undefined;
    const after = this.read(p);
    this.disk.set(p, after);
    return before === undefined ? [] : this.compare(p, before, after);
  }

  // ---- reverse edges ----

  /** The stamps of keys, to tell later whether anything they stand for changed. */
  snapshot(keys: Iterable<string>): [string, number][] {
    return [...keys].map((k) => [k, this.stamp(k)]);
  }

  isCurrent(snapshot: readonly [string, number][]): boolean {
    for (const [k, s] of snapshot) if (this.stamp(k) !== s) return false;
    return true;
  }

  /** What a document (by uri) read in its last validation. */
  setDependencies(dependent: string, keys: Iterable<string>): void {
    this.forget(dependent);
    const set = new Set(keys);
    this.depsOf.set(dependent, set);
    for (const k of set) {
      let d = this.dependents.get(k);
      if (!d) this.dependents.set(k, (d = new Set()));
      d.add(dependent);
    }
  }

  forget(dependent: string): void {
    const old = this.depsOf.get(dependent);
    if (!old) return;
    for (const k of old) {
      const d = this.dependents.get(k);
      d?.delete(dependent);
      if (d && !d.size) this.dependents.delete(k);
    }
    this.depsOf.delete(dependent);
  }

  /** The documents that read one of these keys. */
  dependentsOf(keys: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const k of keys) for (const d of this.dependents.get(k) ?? []) out.add(d);
    return out;
  }

  dependenciesOf(dependent: string): ReadonlySet<string> {
    return this.depsOf.get(dependent) ?? new Set();
  }
}
