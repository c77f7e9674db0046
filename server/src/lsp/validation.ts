// When documents are validated: pulled where the client supports it, pushed (debounced) otherwise — and, through the
// workspace index, the other documents that read what changed (a Dockerfile's stages read by a Compose file).
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { performance } from 'node:perf_hooks';
import type { LanguageService } from '../service/languageService';
import type { ServiceSettings } from '../service/types';
import type { ModelCache } from './modelCache';
import { logOnce, runSafe, type Logger } from './runSafe';

export interface ValidationDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  models: ModelCache;
  log: Logger;
  pull: boolean;
  settings(): ServiceSettings;
  /** `validation.delayMs`: the longest wait after an edit. */
  delay(): number;
}

export class Validation {
  private readonly timers = new Map<string, { cancel(): void }>();
  /** What the last validation of each document cost (parse included), in ms: the debounce adapts to it. */
  private readonly lastCost = new Map<string, number>();
  /** When each document last changed. */
  private readonly lastChangeAt = new Map<string, number>();
  /** TextDocuments fires a change for an open too: only a later version is an edit. */
  private readonly openedVersion = new Map<string, number>();
  private refreshPending = false;

  constructor(private readonly d: ValidationDeps) {}

  get pending(): number {
    return this.timers.size;
  }

  /** The diagnostics of a document; its facts then replace its file's in the index, and what read them is redone. */
  validate(doc: TextDocument): Diagnostic[] {
    const model = this.d.models.get(doc);
    const out = runSafe(this.d.log, 'validation', undefined, [], () => this.d.service.doValidation(model, this.d.settings()));
    try {
      this.revalidate(this.d.service.documentChanged(model));
    } catch (e) {
      logOnce(this.d.log, 'index update', e);
    }
    return Array.isArray(out) ? out : [];
  }

  private pushNow(uri: string): void {
    this.timers.delete(uri);
    const doc = this.d.documents.get(uri);
    if (!doc) return;
    const t0 = performance.now();
    const diagnostics = this.validate(doc);
    this.lastCost.set(uri, performance.now() - t0);
    void this.d.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  }

  /**
   * The debounce after an edit. Waiting only pays off when edits come faster than the document validates (a burst
   * of keystrokes, a paste, multi-cursor typing): then the intermediate texts are skipped and the wait is what the
   * last validation cost, `validation.delayMs` at most, so no more than about half the time goes to validation.
   * An edit that comes after a longer pause than that, or the first edit, is validated at once.
   */
  private editDelay(uri: string): number {
    const now = performance.now();
    const previous = this.lastChangeAt.get(uri);
    this.lastChangeAt.set(uri, now);
    const cost = this.lastCost.get(uri);
    if (previous === undefined || cost === undefined || now - previous >= cost) return 0;
    return Math.min(this.d.delay(), Math.ceil(cost));
  }

  /**
   * Validate `uri` after `delay` ms. No delay: right after the messages already received are handled (setImmediate),
   * not on the next timer tick — a 0 ms timer waits at least 1 ms, a third of a small Dockerfile's edit → diagnostics.
   */
  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    if (delay <= 0) {
      const handle = setImmediate(() => this.pushNow(uri));
      this.timers.set(uri, { cancel: () => clearImmediate(handle) });
    } else {
      const handle = setTimeout(() => this.pushNow(uri), delay);
      this.timers.set(uri, { cancel: () => clearTimeout(handle) });
    }
  }

  private cancel(uri: string): void {
    this.timers.get(uri)?.cancel();
    this.timers.delete(uri);
  }

  /** Validate these documents again (those that are open): pushed, or a refresh asked of a pulling client. */
  revalidate(uris: Iterable<string>): void {
    const open = [...uris].filter((u) => this.d.documents.get(u));
    if (!open.length) return;
    if (this.d.pull) this.refresh();
    else for (const u of open) if (!this.timers.has(u)) this.schedule(u, 0);
  }

  revalidateAll(): void {
    if (this.d.pull) this.refresh();
    else for (const doc of this.d.documents.all()) this.schedule(doc.uri, 0);
  }

  /** One refresh request at a time: the client pulls every visible document again (unchanged ones are cached). */
  private refresh(): void {
    if (this.refreshPending) return;
    this.refreshPending = true;
    setImmediate(() => {
      this.refreshPending = false;
      void this.d.connection.languages.diagnostics.refresh().catch(() => undefined);
    });
  }

  opened(doc: TextDocument): void {
    this.openedVersion.set(doc.uri, doc.version);
    if (!this.d.pull) this.schedule(doc.uri, 0);
  }

  changed(doc: TextDocument): void {
    if (this.d.pull || this.openedVersion.get(doc.uri) === doc.version) return;
    this.schedule(doc.uri, this.editDelay(doc.uri));
  }

  closed(doc: TextDocument): void {
    this.cancel(doc.uri);
    this.lastCost.delete(doc.uri);
    this.lastChangeAt.delete(doc.uri);
    this.openedVersion.delete(doc.uri);
    const model = this.d.models.get(doc);
    this.d.models.delete(doc.uri);
    if (!this.d.pull) void this.d.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    try {
      this.revalidate(this.d.service.documentClosed(model));
    } catch (e) {
      logOnce(this.d.log, 'index update', e);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) t.cancel();
    this.timers.clear();
  }
}
