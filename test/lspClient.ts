// A small LSP client over stdio for the protocol tests (and the benchmark and fuzzer): spawns the bundled server,
// sends requests, and waits for notifications with deadlines — never fixed sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from './helpers';

export interface LspClient {
  proc: ChildProcess;
  conn: MessageConnection;
  stderr: () => string;
  logs: string[];
  /** `$/progress` notifications received (work-done progress). */
  progress: { token: unknown; value: { kind: string; title?: string; message?: string; percentage?: number } }[];
  /** Server-to-client requests received, by method (registrations, diagnostic refreshes). */
  received: { method: string; params: unknown }[];
  request<T = unknown>(method: string, params: unknown): Promise<T>;
  notify(method: string, params: unknown): void;
  /** Resolves with the next publishDiagnostics for `uri` that satisfies `accept`, or rejects after `timeoutMs`. */
  waitForDiagnostics(uri: string, accept?: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, languageId: string, text: string, version?: number): void;
  stop(): Promise<number | null>;
}

export function startServer(opts: { serverPath?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}): LspClient {
  const serverPath = opts.serverPath ?? join(ROOT, 'dist', 'server.js');
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  let err = '';
  proc.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const waiters: { uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const logs: string[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i];
      if (w.uri === p.uri && w.accept(p.diagnostics)) {
        waiters.splice(i, 1);
        w.resolve(p);
        return;
      }
    }
  });
  conn.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  const progress: LspClient['progress'] = [];
  const received: LspClient['received'] = [];
  conn.onNotification('$/progress', (p: LspClient['progress'][number]) => {
    progress.push(p);
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', (p: unknown) => (received.push({ method: 'client/registerCapability', params: p }), null));
  conn.onRequest('workspace/diagnostic/refresh', () => (received.push({ method: 'workspace/diagnostic/refresh', params: null }), null));
  conn.onRequest('window/workDoneProgress/create', (p: unknown) => (received.push({ method: 'window/workDoneProgress/create', params: p }), null));
  conn.listen();
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return {
    proc,
    conn,
    logs,
    progress,
    received,
    stderr: () => err,
    request: <T>(method: string, params: unknown) => conn.sendRequest(method, params) as Promise<T>,
    notify: (method, params) => void conn.sendNotification(method, params),
    waitForDiagnostics(uri, accept = () => true, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const w = { uri, accept, resolve: (p: PublishDiagnosticsParams) => { clearTimeout(timer); resolve(p); } };
        const timer = setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) waiters.splice(i, 1);
          reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    open(uri, languageId, text, version = 1) {
      void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    async stop() {
      if (proc.exitCode !== null) return proc.exitCode;
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        void conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 3000))]);
      if (code === 'timeout') {
        proc.kill('SIGKILL');
        return null;
      }
      conn.dispose();
      return code;
    },
  };
}

/** The initialize params of a typical editor; `pull` adds the pull-diagnostics capability. */
export function initParams(opts: { locale?: string; pull?: boolean; settings?: unknown; markdown?: boolean; workspace?: string } = {}) {
  return {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: opts.workspace ? [{ uri: 'file://' + opts.workspace, name: 'ws' }] : null,
    locale: opts.locale,
    initializationOptions: { locale: opts.locale, settings: opts.settings },
    capabilities: {
      workspace: { configuration: false, didChangeWatchedFiles: { dynamicRegistration: true } },
      window: { workDoneProgress: true },
      textDocument: {
        hover: { contentFormat: opts.markdown === false ? ['plaintext'] : ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        publishDiagnostics: {},
        ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    },
  };
}
