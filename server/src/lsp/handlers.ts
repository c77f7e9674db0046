// The feature requests: each is one call into the language service, made safe (errors logged and answered with a
// fallback, cancellation honoured) by runSafe.
import { ErrorCodes, ResponseError, type CompletionItem, type CompletionList, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import type { ServiceSettings } from '../service/types';
import type { ClientFeatures } from './capabilities';
import type { ModelCache } from './modelCache';
import { logOnce, runSafe, type Logger } from './runSafe';
import { KUSTOMIZE_BUILD, SEARCH_NOTES, kustomizeBuild } from './commands';

export interface HandlerDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  models: ModelCache;
  log: Logger;
  client: ClientFeatures;
  settings(): ServiceSettings;
}

export function registerHandlers(d: HandlerDeps): void {
  const { connection, documents, service, models, log, client } = d;
  const model = (uri: string) => {
    const doc = documents.get(uri);
    return doc ? models.get(doc) : undefined;
  };

  connection.onHover((params, token) => {
    const m = model(params.textDocument.uri);
    if (!m) return null;
    return runSafe(log, 'hover', token, null, () => service.doHover(m, params.position, d.settings(), { markdown: client.markdownHover }));
  });

  connection.onCompletion((params, token) => {
    const m = model(params.textDocument.uri);
    if (!m) return null;
    // A client that resolves documentation gets items with their entry id in `data` (rendered on resolve).
    const list = runSafe(log, 'completion', token, null, () =>
      service.doComplete(m, params.position, d.settings(), { markdown: client.markdownHover, documentation: !client.resolveDocumentation }),
    );
    if (client.defaultEditRange && list && 'items' in list) shareEditRange(list);
    return list;
  });

  connection.onCompletionResolve((item) => {
    const data = item.data as { entryId?: unknown; args?: unknown } | undefined;
    const entryId = data?.entryId;
    if (typeof entryId === 'string' && !item.documentation) {
      try {
        const args = data?.args && typeof data.args === 'object' ? (data.args as Record<string, string>) : undefined;
        item.documentation = service.documentationFor(entryId, d.settings(), { markdown: client.markdownHover }, args);
      } catch (e) {
        logOnce(log, 'completionResolve', e);
      }
    }
    return item;
  });

  connection.onDefinition((params, token) => {
    const m = model(params.textDocument.uri);
    return m ? runSafe(log, 'definition', token, [], () => service.doDefinition(m, params.position)) : [];
  });

  connection.onReferences((params, token) => {
    const m = model(params.textDocument.uri);
    return m ? runSafe(log, 'references', token, [], () => service.doReferences(m, params.position, params.context.includeDeclaration)) : [];
  });

  // A rename the service refuses is answered with its reason, which the editor shows.
  connection.onPrepareRename((params, token) => {
    const m = model(params.textDocument.uri);
    if (!m) return null;
    const r = runSafe(log, 'prepareRename', token, null, () => service.doPrepareRename(m, params.position, d.settings()));
    if (r && 'error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
    return r;
  });

  connection.onRenameRequest((params, token) => {
    const m = model(params.textDocument.uri);
    if (!m) return null;
    const r = runSafe(log, 'rename', token, null, () => service.doRename(m, params.position, params.newName, d.settings()));
    if (r && 'error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
    return r;
  });

  connection.onDocumentSymbol((params, token) => {
    const m = model(params.textDocument.uri);
    return m ? runSafe(log, 'documentSymbol', token, [], () => service.documentSymbols(m)) : [];
  });

  // Commands the user runs (the client's "Preview kustomize build"): awaited, never started by the server itself.
  connection.onExecuteCommand(async (params) => {
    if (params.command === SEARCH_NOTES) {
      const [query] = params.arguments ?? [];
      return runSafe(log, 'searchNotes', undefined, null, () => service.searchNotes(typeof query === 'string' ? query : '', d.settings()));
    }
    if (params.command !== KUSTOMIZE_BUILD) return null;
    try {
      const [uri, dirty] = params.arguments ?? [];
      return await kustomizeBuild(service, d.settings(), typeof uri === 'string' ? uri : undefined, Array.isArray(dirty) ? dirty.filter((x): x is string => typeof x === 'string') : []);
    } catch (e) {
      logOnce(log, 'executeCommand', e);
      return { ok: false, message: String(e instanceof Error ? e.message : e) };
    }
  });

  connection.onDocumentLinks((params, token) => {
    const m = model(params.textDocument.uri);
    return m ? runSafe(log, 'documentLink', token, [], () => service.documentLinks(m)) : [];
  });

  connection.onWorkspaceSymbol((params, token) => runSafe(log, 'workspaceSymbol', token, [], () => service.workspaceSymbols(params.query)));

  connection.onCodeAction((params, token) => {
    const m = model(params.textDocument.uri);
    return m ? runSafe(log, 'codeAction', token, [], () => service.doCodeActions(m, params.range, d.settings())) : [];
  });
}

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
