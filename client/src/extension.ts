// The VS Code side: start the language server, tell it the display language, forward settings.
// Nothing clever lives here — everything that understands a file is in the server.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The documents the server is started for. Inventories and .dockerignore have no language id of their own: match them by pattern. */
export const DOCUMENT_SELECTOR = [
  { language: 'dockerfile' },
  { language: 'dockercompose' },
  { language: 'yaml' },
  { language: 'ansible' },
  { pattern: '**/inventory/**' },
  { pattern: '**/inventories/**' },
  { pattern: '**/*.inv' },
  { pattern: '**/hosts' },
  { pattern: '**/hosts.ini' },
  { pattern: '**/inventory' },
  { pattern: '**/inventory.*' },
  { pattern: '**/inventory-*' },
  // Completion only: the template snippet (the server reads no .dockerignore format and reports nothing there).
  { pattern: '**/.dockerignore' },
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('DevOps Hints', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions: {
      locale: vscode.env.language,
      settings: vscode.workspace.getConfiguration('devopsHints'),
    },
    // The server registers the file watchers it needs (workspace/didChangeWatchedFiles): the globs live with the index.
    synchronize: { configurationSection: 'devopsHints' },
  };
  client = new LanguageClient('devopsHints', 'DevOps Hints', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('devopsHints.restartServer', async () => {
      output.info('restarting the language server');
      await client?.restart();
    }),
    vscode.commands.registerCommand('devopsHints.showOutput', () => output.show(true)),
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews),
    vscode.commands.registerCommand('devopsHints.previewKustomizeBuild', (uri?: vscode.Uri) => previewKustomizeBuild(uri)),
  );
  await client.start();
  output.info(`DevOps Hints started (display language: ${vscode.env.language}, remote: ${vscode.env.remoteName ?? 'none'})`);
}

/** Read-only documents holding what the server's `kubectl kustomize` printed, by URI. */
const PREVIEW_SCHEME = 'devops-hints-kustomize';
const previews = new (class implements vscode.TextDocumentContentProvider {
  readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
})();

type BuildResult = { ok: true; text: string; folder: string } | { ok: false; message: string };

/** "Preview kustomize build": the server builds (only now, on request); the result opens beside the kustomization. */
async function previewKustomizeBuild(uri?: vscode.Uri): Promise<void> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!client || !target) return;
  // kubectl reads the files on disk: the server says so in the preview when some are not saved.
  const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file').map((d) => d.uri.toString());
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: 'devopsHints.kustomizeBuild', arguments: [target.toString(), dirty] })) as BuildResult | null;
  if (!result) return;
  if (!result.ok) {
    void vscode.window.showWarningMessage(result.message);
    return;
  }
  const preview = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `${result.folder}/kustomize-build.yaml` });
  previews.set(preview, result.text);
  const doc = await vscode.workspace.openTextDocument(preview);
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.stop();
}
