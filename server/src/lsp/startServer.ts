import {
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  CodeActionKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { nodeWorkspaceFs } from '../service/workspace/fs';
import { uriToPath } from '../service/model';
import { createLanguageService, type LanguageService } from '../service/languageService';
import type { ServiceData } from '../service/data/schema';
import type { ServiceSettings } from '../service/types';
import { ModelCache } from './modelCache';
import { runSafe, logOnce, type Logger } from './runSafe';
import { toServiceSettings, type ClientSettings } from './settings';

export interface ServerOptions {
  data: ServiceData;
}

/** Wire the pure language service to an LSP connection. Every handler is one line into the service. */
export function startServer(connection: Connection, opts: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const log: Logger = {
    info: (m) => connection.console.info(m),
    error: (m) => connection.console.error(m),
  };
  const existsCache = new Map<string, boolean>();
  const service: LanguageService = createLanguageService({
    data: opts.data,
    onCheckError: (rule, e) => logOnce(log, `rule ${rule}`, e),
    fileExists: (p) => {
      let v = existsCache.get(p);
      if (v === undefined) existsCache.set(p, (v = existsSync(p)));
      return v;
    },
  });
  const models = new ModelCache(service);

  let clientLocale: string | undefined;
  let clientSettings: ClientSettings = {};
  let settings: ServiceSettings = toServiceSettings(undefined, undefined);
  let pullDiagnostics = false;
  let markdownHover = true;
  let resolveDocumentation = false;
  let defaultEditRange = false;
  let hasConfiguration = false;
  let validationDelay = 50;
  let workspaceRoots: string[] = [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps: ClientCapabilities = params.capabilities;
    const init = (params.initializationOptions ?? {}) as { locale?: string; settings?: ClientSettings };
    clientLocale = init.locale ?? params.locale;
    clientSettings = init.settings ?? {};
    settings = toServiceSettings(clientSettings, clientLocale);
    validationDelay = clientSettings.validation?.delayMs ?? validationDelay;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    const roots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
    if (!roots.length && params.rootUri) roots.push(uriToPath(params.rootUri));
    workspaceRoots = roots;
    service.setWorkspaceFs(nodeWorkspaceFs([...roots, ...(settings.notesFolders ?? [])]));
    hasConfiguration = !!caps.workspace?.configuration;
    const formats = caps.textDocument?.hover?.contentFormat;
    markdownHover = !formats || formats.includes('markdown');
    // Clients that resolve a completion item's documentation when it is shown get lists without it (a Compose key
    // list is ~50 KB with the documentation inline, ~5 KB without).
    resolveDocumentation = !!caps.textDocument?.completion?.completionItem?.resolveSupport?.properties?.includes('documentation');
    // …and clients that take a list's shared edit range once (LSP 3.17 itemDefaults) get it once, not on every item.
    defaultEditRange = !!caps.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange');
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ':', '=', '$', '{', '/'], resolveProvider: resolveDocumentation },
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        diagnosticProvider: pullDiagnostics ? { interFileDependencies: true, workspaceDiagnostics: false } : undefined,
      },
      serverInfo: { name: 'devops-hints', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'devopsHints' }).catch(() => undefined);
      void refreshSettings();
    }
    log.info(`DevOps Hints server ready (locale ${settings.locale}, ${pullDiagnostics ? 'pull' : 'push'} diagnostics)`);
  });

  async function refreshSettings(): Promise<void> {
    if (hasConfiguration) {
      try {
        const [s] = (await connection.workspace.getConfiguration([{ section: 'devopsHints' }])) as [ClientSettings | null];
        if (s) clientSettings = s;
      } catch (e) {
        logOnce(log, 'workspace/configuration', e);
      }
    }
    settings = toServiceSettings(clientSettings, clientLocale);
    validationDelay = clientSettings.validation?.delayMs ?? validationDelay;
    service.setWorkspaceFs(nodeWorkspaceFs([...workspaceRoots, ...(settings.notesFolders ?? [])]));
    revalidateAll();
  }

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { devopsHints?: ClientSettings } | undefined)?.devopsHints;
    if (!hasConfiguration && s) clientSettings = s;
    void refreshSettings();
  });

  // ---- diagnostics: pulled where the client supports it, pushed (debounced) otherwise ----
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What the last validation of each document cost (parse included), in ms: the debounce adapts to it. */
  const lastCost = new Map<string, number>();

  function validate(doc: TextDocument) {
    return runSafe(log, 'validation', undefined, [], () => service.doValidation(models.get(doc), settings));
  }

  function pushNow(uri: string) {
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const t0 = performance.now();
    const diagnostics = validate(doc);
    lastCost.set(uri, performance.now() - t0);
    if (Array.isArray(diagnostics)) void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  }

  /** When each document last changed. */
  const lastChangeAt = new Map<string, number>();

  /**
   * The debounce after an edit. Waiting only pays off when edits come faster than the document validates (a burst
   * of keystrokes, a paste, multi-cursor typing): then the intermediate texts are skipped and the wait is what the
   * last validation cost, `validation.delayMs` at most, so no more than about half the time goes to validation.
   * An edit that comes after a longer pause than that, or the first edit, is validated at once.
   */
  function editDelay(uri: string): number {
    const now = performance.now();
    const previous = lastChangeAt.get(uri);
    lastChangeAt.set(uri, now);
    const cost = lastCost.get(uri);
    if (previous === undefined || cost === undefined || now - previous >= cost) return 0;
    return Math.min(validationDelay, Math.ceil(cost));
  }

  function schedulePush(uri: string, delay: number) {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.set(uri, setTimeout(() => pushNow(uri), delay));
  }

  function revalidateAll() {
    if (pullDiagnostics) {
      void connection.languages.diagnostics.refresh().catch(() => undefined);
    } else {
      for (const d of documents.all()) schedulePush(d.uri, 0);
    }
  }

  // TextDocuments fires onDidChangeContent for an open too (right after onDidOpen): only a later version is an edit,
  // so an opened document is validated at once rather than after the debounce.
  const openedVersion = new Map<string, number>();
  documents.onDidOpen((e) => {
    openedVersion.set(e.document.uri, e.document.version);
    if (!pullDiagnostics) schedulePush(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (pullDiagnostics || openedVersion.get(e.document.uri) === e.document.version) return;
    schedulePush(e.document.uri, editDelay(e.document.uri));
  });
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    lastCost.delete(e.document.uri);
    lastChangeAt.delete(e.document.uri);
    openedVersion.delete(e.document.uri);
    models.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params) => {
    const doc = documents.get(params.textDocument.uri);
    const items = doc ? validate(doc) : [];
    return { kind: DocumentDiagnosticReportKind.Full, items: Array.isArray(items) ? items : [] };
  });

  // ---- features ----
  connection.onHover((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    return runSafe(log, 'hover', token, null, () => service.doHover(models.get(doc), params.position, settings, { markdown: markdownHover }));
  });

  connection.onCompletion((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    // A client that resolves documentation gets items with their entry id in `data` (rendered on resolve).
    const list = runSafe(log, 'completion', token, null, () =>
      service.doComplete(models.get(doc), params.position, settings, { markdown: markdownHover, documentation: !resolveDocumentation }),
    );
    if (defaultEditRange && list && 'items' in list) shareEditRange(list);
    return list;
  });

  /** When every item replaces the same range, say it once in itemDefaults.editRange (items keep their own text). */
  function shareEditRange(list: CompletionList): void {
    const first = list.items[0]?.textEdit;
    if (!first || !('range' in first) || list.items.length < 2) return;
    const r = first.range;
    const same = (x: CompletionItem['textEdit']) =>
      !!x && 'range' in x && x.range.start.line === r.start.line && x.range.start.character === r.start.character && x.range.end.line === r.end.line && x.range.end.character === r.end.character;
    if (!list.items.every((i) => same(i.textEdit))) return;
    list.itemDefaults = { ...list.itemDefaults, editRange: r };
    for (const item of list.items) {
      const text = item.textEdit!.newText;
      delete item.textEdit;
      if (text !== item.label) item.textEditText = text;
    }
  }

  connection.onCompletionResolve((item) => {
    const entryId = (item.data as { entryId?: unknown } | undefined)?.entryId;
    if (typeof entryId === 'string' && !item.documentation) {
      try {
        item.documentation = service.documentationFor(entryId, settings, { markdown: markdownHover });
      } catch (e) {
        logOnce(log, 'completionResolve', e);
      }
    }
    return item;
  });

  connection.onDefinition((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    return runSafe(log, 'definition', token, [], () => service.doDefinition(models.get(doc), params.position));
  });

  connection.onCodeAction((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    return runSafe(log, 'codeAction', token, [], () => service.doCodeActions(models.get(doc), params.range, settings));
  });

  connection.onDidChangeWatchedFiles((params) => {
    // Cross-file checks read workspace files: forget what changed, then re-validate the open documents.
    for (const c of params.changes) service.fs.invalidate(uriToPath(c.uri));
    revalidateAll();
  });

  // Diagnostics about the server itself (memory tests, the benchmark): collects garbage first when --expose-gc is on.
  connection.onRequest('devopsHints/stats', () => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    return { heapUsed: m.heapUsed, rss: m.rss, models: models.size, documents: documents.all().length, timers: timers.size };
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    models.clear();
  });

  documents.listen(connection);
  connection.listen();
}
