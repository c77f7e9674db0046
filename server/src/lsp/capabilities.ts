// What the client can do (read once from `initialize`) and what the server offers in return.
import { SERVER_COMMANDS } from './commands';
import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver';

export interface ClientFeatures {
  /** Diagnostics are pulled (textDocument/diagnostic) rather than pushed. */
  pullDiagnostics: boolean;
  markdownHover: boolean;
  /** The client resolves a completion item's documentation when it shows it. */
  resolveDocumentation: boolean;
  /** The client takes a list's shared edit range once (LSP 3.17 itemDefaults). */
  defaultEditRange: boolean;
  configuration: boolean;
  /** The server may register its file watchers (workspace/didChangeWatchedFiles). */
  watchFiles: boolean;
  /** The client shows work-done progress (the index build). */
  progress: boolean;
  workspaceFolderChanges: boolean;
}

export function readClientFeatures(params: InitializeParams): ClientFeatures {
  const caps: ClientCapabilities = params.capabilities;
  const formats = caps.textDocument?.hover?.contentFormat;
  return {
    pullDiagnostics: !!caps.textDocument?.diagnostic,
    markdownHover: !formats || formats.includes('markdown'),
    resolveDocumentation: !!caps.textDocument?.completion?.completionItem?.resolveSupport?.properties?.includes('documentation'),
    defaultEditRange: !!caps.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange'),
    configuration: !!caps.workspace?.configuration,
    watchFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    progress: !!caps.window?.workDoneProgress,
    workspaceFolderChanges: !!caps.workspace?.workspaceFolders,
  };
}

export function serverCapabilities(client: ClientFeatures): ServerCapabilities {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    completionProvider: { triggerCharacters: [' ', ':', '=', '$', '{', '/'], resolveProvider: client.resolveDocumentation },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: { label: 'DevOps Hints' },
    documentLinkProvider: { resolveProvider: false },
    executeCommandProvider: { commands: SERVER_COMMANDS },
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    diagnosticProvider: client.pullDiagnostics ? { interFileDependencies: true, workspaceDiagnostics: false } : undefined,
    workspace: client.workspaceFolderChanges ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
  };
}
