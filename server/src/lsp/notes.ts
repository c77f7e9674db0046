// The learner's notes (`devopsHints.notesFolders`): listed and read in the background with work-done progress, kept
// up to date by a file-system watch on each folder, and handed to the service's NotesIndex. Nothing here understands a
// note (that is service/notes/).
import type { Connection } from 'vscode-languageserver';
import { promises as fsp, watch, type FSWatcher } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve, extname } from 'node:path';
import type { LanguageService } from '../service/languageService';
import { MAX_FILE_BYTES } from '../service/notes/index';
import type { ClientFeatures } from './capabilities';
import { beginProgress, logOnce, type Logger } from './runSafe';

const NOTE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
const SKIP_DIRS = new Set(['node_modules', '.git', '.obsidian', '.trash', '.svn', '.hg']);
const MAX_DEPTH = 8;
const MAX_ENTRIES = 50_000;

/** `~/notes`, `./notes` (from the first workspace folder) and absolute paths, without trailing separators. */
export function resolveNotesFolders(folders: readonly string[], roots: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of folders) {
    const f = raw.trim();
    if (!f) continue;
    let p = f === '~' || f.startsWith('~/') ? join(homedir(), f.slice(1)) : f;
    if (!isAbsolute(p)) p = resolve(roots[0] ?? process.cwd(), p);
    p = p.replace(/[\\/]+$/, '') || p;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

export interface NotesDeps {
  connection: Connection;
  service: LanguageService;
  log: Logger;
  client: ClientFeatures;
}

export class Notes {
  private folders: string[] = [];
  private watchers: FSWatcher[] = [];
  private generation = 0;
  private pending = new Map<string, NodeJS.Timeout>();
  loading: Promise<void> | undefined;
  /** The last load's figures (devopsHints/stats). */
  lastLoad: { files: number; skipped: number; ms: number } | undefined;

  constructor(private readonly d: NotesDeps) {}

  /** Index these folders (again, when they changed); requests are answered between files. */
  setFolders(folders: string[]): Promise<void> {
    const same = folders.length === this.folders.length && folders.every((f, i) => f === this.folders[i]);
    if (same && this.loading) return this.loading;
    this.folders = folders;
    this.stopWatching();
    this.d.service.notes.clear();
    const generation = ++this.generation;
    if (!folders.length) {
      this.loading = Promise.resolve();
      return this.loading;
    }
    this.loading = this.load(generation);
    return this.loading;
  }

  private async load(generation: number): Promise<void> {
    const t0 = Date.now();
    const progress = await beginProgress(this.d.connection, this.d.client.progress, 'notes…');
    try {
      const files: string[] = [];
      for (const folder of this.folders) await listNotes(folder, files);
      let done = 0;
      for (const file of files) {
        if (generation !== this.generation) return; // the setting changed meanwhile
        await this.readOne(file);
        done++;
        if (done % 10 === 0 || done === files.length) progress?.report(Math.round((100 * done) / files.length), `notes ${done}/${files.length}`);
        // Let requests in between files.
        await new Promise((r) => setImmediate(r));
      }
      const notes = this.d.service.notes;
      this.lastLoad = { files: notes.size, skipped: notes.skipped.size, ms: Date.now() - t0 };
      this.d.log.info(`DevOps Hints: indexed ${notes.size} note files in ${this.lastLoad.ms} ms${notes.skipped.size ? ` (${notes.skipped.size} left out: too large or too many)` : ''}`);
      this.watch(generation);
    } catch (e) {
      logOnce(this.d.log, 'notes index', e);
    } finally {
      progress?.done();
    }
  }

  private async readOne(file: string): Promise<void> {
    try {
      const st = await fsp.stat(file);
      if (!st.isFile()) return this.d.service.notes.delete(file);
      // Not read at all when it is larger than the index would take.
      if (st.size > MAX_FILE_BYTES) return void this.d.service.notes.exclude(file, 'file-too-large');
      this.d.service.notes.set(file, await fsp.readFile(file, 'utf8'));
    } catch {
      this.d.service.notes.delete(file);
    }
  }

  /** Re-read a note when it changes on disk (saved in the editor or elsewhere), a moment after the last event. */
  private watch(generation: number): void {
    for (const folder of this.folders) {
      try {
        const w = watch(folder, { recursive: true, persistent: false }, (_event, name) => {
          if (generation !== this.generation || !name) return;
          const file = join(folder, name.toString());
          if (!NOTE_EXTENSIONS.has(extname(file).toLowerCase())) return;
          clearTimeout(this.pending.get(file));
          this.pending.set(
            file,
            setTimeout(() => {
              this.pending.delete(file);
              void this.readOne(file);
            }, 200),
          );
        });
        w.on('error', () => w.close());
        this.watchers.push(w);
      } catch (e) {
        logOnce(this.d.log, `watch notes folder ${folder}`, e);
      }
    }
  }

  private stopWatching(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
  }

  dispose(): void {
    this.generation++;
    this.stopWatching();
  }
}

/** The note files under a folder: bounded in depth and entries, never following folder links. */
async function listNotes(folder: string, out: string[]): Promise<void> {
  let entries = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || entries > MAX_ENTRIES) return;
    let list;
    try {
      list = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    list.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of list) {
      if (++entries > MAX_ENTRIES) return;
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(p, depth + 1);
      } else if (e.isFile() && NOTE_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        out.push(p);
      }
    }
  };
  await walk(folder, 0);
}
