// Wire the pure language service to an LSP connection: capabilities (capabilities.ts), settings (settings.ts), when
// documents are validated (validation.ts), the workspace index and file watchers (workspace.ts), and the feature
// requests (handlers.ts). Nothing here understands a file.
import { TextDocuments, DidChangeConfigurationNotification, DocumentDiagnosticReportKind, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync } from 'node:fs';
import { uriToPath } from '../service/model';
import { createLanguageService, type LanguageService } from '../service/languageService';
import type { ServiceData } from '../service/data/schema';
import type { ServiceSettings } from '../service/types';
import { ModelCache } from './modelCache';
import { logOnce, type Logger } from './runSafe';
import { toServiceSettings, type ClientSettings } from './settings';
import { readClientFeatures, serverCapabilities, type ClientFeatures } from './capabilities';
import { Validation } from './validation';
import { Workspace } from './workspace';
import { registerHandlers } from './handlers';
import { Notes, resolveNotesFolders } from './notes';

export interface ServerOptions {
  data: ServiceData;
}

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
  let validationDelay = 50;
  let client: ClientFeatures = readClientFeatures({ capabilities: {} } as InitializeParams);
  let validation: Validation | undefined;
  let workspace: Workspace | undefined;
  let notes: Notes | undefined;
  /** Settings as the client sent them, with the notes folders made absolute (`~`, relative to the first folder). */
  const resolved = (s: ServiceSettings): ServiceSettings => ({ ...s, notesFolders: resolveNotesFolders(s.notesFolders ?? [], workspace?.roots ?? []) });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    client = readClientFeatures(params);
    const init = (params.initializationOptions ?? {}) as { locale?: string; settings?: ClientSettings };
    clientLocale = init.locale ?? params.locale;
    clientSettings = init.settings ?? {};
    settings = toServiceSettings(clientSettings, clientLocale);
    validationDelay = clientSettings.validation?.delayMs ?? validationDelay;
    validation = new Validation({ connection, documents, service, models, log, pull: client.pullDiagnostics, settings: () => settings, delay: () => validationDelay });
    workspace = new Workspace({ connection, service, validation, log, client, extraRoots: () => settings.notesFolders ?? [] });
    const roots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
    if (!roots.length && params.rootUri) roots.push(uriToPath(params.rootUri));
    workspace.setRoots(roots);
    settings = resolved(settings);
    notes = new Notes({ connection, service, log, client });
    registerHandlers({ connection, documents, service, models, log, client, settings: () => settings });
    return { capabilities: serverCapabilities(client), serverInfo: { name: 'devops-hints', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    if (client.configuration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'devopsHints' }).catch(() => undefined);
      void refreshSettings();
    }
    if (client.workspaceFolderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        void workspace?.rebuild([...workspace.roots.filter((r) => !removed.has(r)), ...e.added.map((f) => uriToPath(f.uri))]);
      });
    }
    workspace?.registerWatchers();
    void workspace?.build();
    void notes?.setFolders(settings.notesFolders ?? []);
    log.info(`DevOps Hints server ready (locale ${settings.locale}, ${client.pullDiagnostics ? 'pull' : 'push'} diagnostics)`);
  });

  async function refreshSettings(): Promise<void> {
    if (client.configuration) {
      try {
        const [s] = (await connection.workspace.getConfiguration([{ section: 'devopsHints' }])) as [ClientSettings | null];
        if (s) clientSettings = s;
      } catch (e) {
        logOnce(log, 'workspace/configuration', e);
      }
    }
    settings = resolved(toServiceSettings(clientSettings, clientLocale));
    validationDelay = clientSettings.validation?.delayMs ?? validationDelay;
    workspace?.applyFs();
    void notes?.setFolders(settings.notesFolders ?? []);
    validation?.revalidateAll();
  }

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { devopsHints?: ClientSettings } | undefined)?.devopsHints;
    if (!client.configuration && s) clientSettings = s;
    void refreshSettings();
  });

  documents.onDidOpen((e) => validation?.opened(e.document));
  documents.onDidChangeContent((e) => validation?.changed(e.document));
  documents.onDidClose((e) => validation?.closed(e.document));

  connection.languages.diagnostics.on((params) => {
    const doc = documents.get(params.textDocument.uri);
    const items = doc && validation ? validation.validate(doc) : [];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });

  connection.onDidChangeWatchedFiles((params) => workspace?.filesChanged(params.changes));

  // Diagnostics about the server itself (memory tests, the benchmark): collects garbage first when --expose-gc is on.
  connection.onRequest('devopsHints/stats', () => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    const index = service.workspace;
    return {
      heapUsed: m.heapUsed,
      rss: m.rss,
      models: models.size,
      documents: documents.all().length,
      timers: validation?.pending ?? 0,
      index: { ready: index.ready, complete: index.complete, files: index.size, lastBuild: workspace?.lastBuild },
      notes: { files: service.notes.size, skipped: service.notes.skipped.size, lastLoad: notes?.lastLoad },
    };
  });

  connection.onShutdown(() => {
    validation?.dispose();
    notes?.dispose();
    models.clear();
  });

  documents.listen(connection);
  connection.listen();
}
