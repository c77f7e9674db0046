// A small stdio LSP client for the benchmark (the approach of test/lspClient.ts, in plain JS): spawns a server,
// answers the requests a server makes of its client, and waits for notifications with deadlines. Every timing is
// a measured timestamp (performance.now()); nothing waits a fixed time for correctness.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/**
 * @typedef {{ uri: string, version?: number, diagnostics: unknown[] }} PublishParams
 * @typedef {{ at: number, params: PublishParams }} Publish
 */

/**
 * Start a server over stdio.
 * @param {{ command: string, args: string[], env?: NodeJS.ProcessEnv, cwd?: string,
 *   onConfiguration?: (item: { section?: string, scopeUri?: string }) => unknown,
 *   onRequest?: Record<string, (params: unknown) => unknown>,
 *   onNotification?: Record<string, (params: unknown) => void> }} spec
 */
export function startLsp(spec) {
  const proc = spawn(spec.command, spec.args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...spec.env }, cwd: spec.cwd });
  let stderr = '';
  proc.stderr.on('data', (b) => {
    if (stderr.length < 64 * 1024) stderr += b.toString();
  });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  /** @type {Publish[]} */
  const publishes = [];
  /** @type {{ accept: (p: Publish) => boolean, resolve: (p: Publish) => void }[]} */
  const waiters = [];
  const configRequests = [];
  const configWaiters = [];
  conn.onNotification('textDocument/publishDiagnostics', (params) => {
    const p = { at: performance.now(), params };
    publishes.push(p);
    for (let i = 0; i < waiters.length; i++) {
      if (waiters[i].accept(p)) {
        const [w] = waiters.splice(i, 1);
        w.resolve(p);
        return;
      }
    }
  });
  for (const [method, handler] of Object.entries(spec.onNotification ?? {})) conn.onNotification(method, handler);
  conn.onNotification(() => undefined); // logMessage, telemetry, progress …
  conn.onRequest('workspace/configuration', (p) => {
    configRequests.push(performance.now());
    for (const w of configWaiters.splice(0)) w();
    return p.items.map((item) => (spec.onConfiguration ? spec.onConfiguration(item) : null) ?? null);
  });
  for (const [method, handler] of Object.entries(spec.onRequest ?? {})) conn.onRequest(method, handler);
  conn.onRequest(() => null); // client/registerCapability, window/workDoneProgress/create, …/refresh
  conn.listen();
  const exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  let exitCode;
  void exited.then((c) => (exitCode = c));

  return {
    proc,
    conn,
    publishes,
    configRequests,
    stderr: () => stderr,
    get exited() {
      return exitCode !== undefined;
    },
    /** Send a request; resolves with { result, ms } (round-trip time measured here). */
    async timedRequest(method, params) {
      const t0 = performance.now();
      const result = await conn.sendRequest(method, params);
      return { result, ms: performance.now() - t0 };
    },
    request: (method, params) => conn.sendRequest(method, params),
    /** Resolves (true) at the server's first workspace/configuration request, or (false) after `timeoutMs`. */
    firstConfigurationRequest(timeoutMs) {
      if (configRequests.length) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        configWaiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
    notify: (method, params) => conn.sendNotification(method, params),
    /**
     * The next publishDiagnostics (arriving from now on) for `uri` that satisfies `accept`, or a rejection after
     * `timeoutMs`.
     * @returns {Promise<Publish>}
     */
    nextPublish(uri, timeoutMs, accept = () => true) {
      return new Promise((resolve, reject) => {
        const w = {
          accept: (p) => p.params.uri === uri && accept(p),
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
        };
        const timer = setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) waiters.splice(i, 1);
          reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    /** Peak resident set size of the server process (VmHWM), in bytes; undefined when /proc is not readable. */
    peakRss() {
      try {
        const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    /** shutdown + exit, bounded: a server that does not leave in time is killed (by its own pid). */
    async stop() {
      if (exitCode !== undefined) return exitCode;
      try {
        await Promise.race([conn.sendRequest('shutdown'), delay(3000)]);
        void conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      const code = await Promise.race([exited, delay(3000).then(() => 'timeout')]);
      if (code === 'timeout') {
        proc.kill('SIGKILL');
        await exited;
      }
      conn.dispose();
      return code === 'timeout' ? null : code;
    },
  };
}

/** Initialize params of a typical editor (the same for every server): push diagnostics, markdown hovers, configuration. */
export function initializeParams({ rootUri, initializationOptions } = {}) {
  return {
    processId: process.pid,
    clientInfo: { name: 'devops-hints-bench', version: '1' },
    locale: 'en',
    rootUri: rootUri ?? null,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
    initializationOptions,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        // As VS Code declares it: documentation may be resolved lazily (completionItem/resolve) when an item is shown,
        // and a list may give shared values once (itemDefaults).
        completion: {
          completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
          completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
          contextSupport: true,
        },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    },
  };
}
