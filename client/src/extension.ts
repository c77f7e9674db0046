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
    vscode.commands.registerCommand('devopsHints.searchNotes', (query?: string) => searchNotes(typeof query === 'string' ? query : undefined)),
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

type NotesSearch = { files: number; folders: string[]; items: { label: string; description: string; uri: string; line: number }[] };
type NoteItem = vscode.QuickPickItem & { uri?: string; line?: number };

/** "Search my notes": a quick pick the server fills as the user types; choosing a line opens the note there. */
async function searchNotes(initial?: string): Promise<void> {
  if (!client) return;
  // The same language as hovers: the devopsHints.language setting, else VS Code's display language.
  const setting = vscode.workspace.getConfiguration('devopsHints').get<string>('language', 'auto');
  const ko = setting === 'ko' || (setting !== 'en' && vscode.env.language.startsWith('ko'));
  const pick = vscode.window.createQuickPick<NoteItem>();
  pick.placeholder = ko ? '내 노트에서 찾을 말 (한국어·영어, 예: maxSurge, 핸들러)' : 'Search your notes (Korean or English, e.g. maxSurge, handler)';
  pick.matchOnDescription = true;
  let seq = 0;
  const update = async (query: string) => {
    const mine = ++seq;
    pick.busy = true;
    const result = (await client!.sendRequest(ExecuteCommandRequest.type, { command: 'devopsHints.notes.search', arguments: [query] })) as NotesSearch | null;
    if (mine !== seq) return;
    pick.busy = false;
    if (!result) return;
    if (!result.folders.length) {
      pick.items = [{ label: ko ? '$(gear) 노트 폴더가 설정되지 않았습니다 — devopsHints.notesFolders 설정 열기' : '$(gear) No notes folder set — open the devopsHints.notesFolders setting', alwaysShow: true }];
      return;
    }
    // The server found the lines; the quick pick must not filter them again by its own fuzzy match.
    pick.items = result.items.map((i) => ({ label: i.label || ' ', description: i.description, detail: undefined, alwaysShow: true, uri: i.uri, line: i.line }));
    if (query && !result.items.length) pick.items = [{ label: ko ? `"${query}"이(가) 노트 ${result.files}개 어디에도 없습니다` : `"${query}" is in none of your ${result.files} note files`, alwaysShow: true }];
  };
  pick.onDidChangeValue((v) => void update(v));
  pick.onDidAccept(async () => {
    const item = pick.selectedItems[0];
    pick.hide();
    if (!item) return;
    if (!item.uri) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'devopsHints.notesFolders');
      return;
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(item.uri));
    const at = new vscode.Position(item.line ?? 0, 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at) });
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  if (initial) pick.value = initial;
  await update(initial ?? '');
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.stop();
}
