// The VS Code side: start the language server, tell it the display language, forward settings.
// Nothing clever lives here — everything that understands a file is in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The documents the server is started for. Inventories have no language id of their own: match them by pattern. */
export const DOCUMENT_SELECTOR = [
  { language: 'dockerfile' },
  { language: 'dockercompose' },
  { language: 'yaml' },
  { language: 'ansible' },
  { pattern: '**/inventory/**' },
  { pattern: '**/inventories/**' },
  { pattern: '**/*.inv' },
  { pattern: '**/hosts' },
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
  );
  await client.start();
  output.info(`DevOps Hints started (display language: ${vscode.env.language}, remote: ${vscode.env.remoteName ?? 'none'})`);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.stop();
}
