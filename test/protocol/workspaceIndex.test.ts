// The workspace index over the protocol: built in the background after `initialized` with work-done progress,
// watchers registered, and a file changed on disk (didChangeWatchedFiles) or edited in the editor re-validates the
// documents that read it — here a Compose file whose build.target names a Dockerfile stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentDiagnosticReport, DocumentSymbol, Location, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startServer, initParams, type LspClient } from '../lspClient';
import { tempWorkspace } from '../helpers';

const DOCKERFILE = 'FROM node:20 AS deps\nRUN npm ci\nFROM node:20-slim AS build\nCOPY --from=deps /app /app\n';
const COMPOSE = 'services:\n  web:\n    build:\n      context: .\n      target: build\n';
const has = (rule: string) => (d: { code?: unknown }[]) => d.some((x) => x.code === rule);
const lacks = (rule: string) => (d: { code?: unknown }[]) => !d.some((x) => x.code === rule);

async function indexReady(c: LspClient): Promise<{ files: number; lastBuild?: { workers: number } }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const s = await c.request<{ index: { ready: boolean; files: number; lastBuild?: { workers: number } } }>('devopsHints/stats', {});
    if (s.index.ready && !s.index.lastBuild) {
      await new Promise((r) => setTimeout(r, 10));
      continue;
    }
    if (s.index.ready) return s.index;
    if (Date.now() > deadline) throw new Error('the index was not ready within 10 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('push: a stage renamed on disk, then in an unsaved edit, then the edit closed — the Compose file follows each time without being touched', async () => {
  const dir = tempWorkspace({ Dockerfile: DOCKERFILE, 'compose.yaml': COMPOSE });
  const c = startServer();
  const dfUri = 'file://' + join(dir, 'Dockerfile');
  const composeUri = 'file://' + join(dir, 'compose.yaml');
  try {
    await c.request('initialize', initParams({ locale: 'en', workspace: dir }));
    c.notify('initialized', {});
    const index = await indexReady(c);
    assert.equal(index.files, 2);
    assert.equal(index.lastBuild?.workers, 0, 'a small workspace of small files is read by the server thread alone');
    // Watchers registered by the server, for the files that matter and for deleted folders.
    const reg = c.received.find((r) => r.method === 'client/registerCapability' && JSON.stringify(r.params).includes('workspace/didChangeWatchedFiles'));
    assert.ok(reg, 'the server registers its file watchers');
    assert.match(JSON.stringify(reg.params), /Dockerfile/);
    // Work-done progress: created, begun and ended.
    assert.ok(c.received.some((r) => r.method === 'window/workDoneProgress/create'));
    assert.deepEqual([...new Set(c.progress.map((p) => p.value.kind))].filter((k) => k !== 'report'), ['begin', 'end']);

    const quiet = c.waitForDiagnostics(composeUri);
    c.open(composeUri, 'dockercompose', COMPOSE);
    assert.ok(lacks('DC015')((await quiet).diagnostics));

    // 1. On disk: `build` becomes `builder`; the watcher's event alone brings DC015 to the Compose file.
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE.replace('AS build', 'AS builder'));
    const appears = c.waitForDiagnostics(composeUri, has('DC015'));
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: dfUri, type: 2 }] });
    const d = (await appears).diagnostics.find((x) => x.code === 'DC015')!;
    assert.equal(d.range.start.line, 4);
    assert.match(String(d.message), /“builder”/);

    // 2. In the editor: the Dockerfile is opened and its stage renamed back, unsaved — the open text wins.
    const gone = c.waitForDiagnostics(composeUri, lacks('DC015'));
    c.open(dfUri, 'dockerfile', DOCKERFILE.replace('AS build', 'AS builder'));
    c.notify('textDocument/didChange', { textDocument: { uri: dfUri, version: 2 }, contentChanges: [{ text: DOCKERFILE }] });
    await gone;

    // 3. Closed without saving: the disk (builder) counts again.
    const back = c.waitForDiagnostics(composeUri, has('DC015'));
    c.notify('textDocument/didClose', { textDocument: { uri: dfUri } });
    await back;

    // 4. Deleted: the Dockerfile is unknown, nothing is said about the target.
    unlinkSync(join(dir, 'Dockerfile'));
    const none = c.waitForDiagnostics(composeUri, lacks('DC015'));
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: dfUri, type: 3 }] });
    await none;
  } finally {
    assert.equal(await c.stop(), 0, `server exit code (stderr: ${c.stderr()})`);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pull: the change asks the client to pull again, and the pulled report has the finding; symbols, references, rename', async () => {
  const dir = tempWorkspace({ Dockerfile: DOCKERFILE, 'compose.yaml': COMPOSE });
  const c = startServer();
  const dfUri = 'file://' + join(dir, 'Dockerfile');
  const composeUri = 'file://' + join(dir, 'compose.yaml');
  try {
    await c.request('initialize', initParams({ locale: 'en', workspace: dir, pull: true }));
    c.notify('initialized', {});
    await indexReady(c);
    c.open(composeUri, 'dockercompose', COMPOSE);
    const pull = () => c.request<DocumentDiagnosticReport & { items: { code?: unknown }[] }>('textDocument/diagnostic', { textDocument: { uri: composeUri } });
    assert.ok(lacks('DC015')((await pull()).items));
    const refreshes = c.received.filter((r) => r.method === 'workspace/diagnostic/refresh').length;
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE.replace('AS build', 'AS release'));
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: dfUri, type: 2 }] });
    const deadline = Date.now() + 5000;
    while (c.received.filter((r) => r.method === 'workspace/diagnostic/refresh').length === refreshes) {
      if (Date.now() > deadline) throw new Error('no workspace/diagnostic/refresh after the change');
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.ok(has('DC015')((await pull()).items));

    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: composeUri } });
    assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((x) => x.name)]), [['services', ['web']]]);
    const ws = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'stage' });
    assert.deepEqual(ws.map((s) => s.name).sort(), ['stage deps', 'stage release']);
    c.open(dfUri, 'dockerfile', DOCKERFILE.replace('AS build', 'AS release'));
    const refs = await c.request<Location[]>('textDocument/references', { textDocument: { uri: dfUri }, position: { line: 0, character: 17 }, context: { includeDeclaration: true } });
    assert.deepEqual(refs.map((r) => r.range.start.line), [0, 3]);
    const edit = await c.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: dfUri }, position: { line: 0, character: 17 }, newName: 'install' });
    assert.equal(edit.changes![dfUri].length, 2);
    // A refusal comes back as an error with the reason.
    await assert.rejects(c.request('textDocument/prepareRename', { textDocument: { uri: composeUri }, position: { line: 1, character: 3 } }).then(() => c.request('textDocument/rename', { textDocument: { uri: dfUri }, position: { line: 0, character: 17 }, newName: '9x' })), /not a valid stage name/);
  } finally {
    assert.equal(await c.stop(), 0, `server exit code (stderr: ${c.stderr()})`);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a large workspace is read by worker threads (a large file too), and its facts arrive like the others', async () => {
  // More than 1,500 files: the index's worker threads read them; a large file (> 32 KB) always goes to them.
  const objects = Array.from({ length: 400 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${i}\ndata:\n  key: "value ${i}"\n`).join('---\n');
  assert.ok(objects.length > 32 * 1024);
  const files: Record<string, string> = { 'big.yaml': objects, Dockerfile: DOCKERFILE, 'compose.yaml': COMPOSE };
  for (let i = 0; i < 1600; i++) files[`apps/a${Math.floor(i / 50)}/Dockerfile.${i}`] = `FROM alpine:3.20 AS s${i}\n`;
  const dir = tempWorkspace(files);
  const c = startServer();
  try {
    await c.request('initialize', initParams({ locale: 'en', workspace: dir }));
    c.notify('initialized', {});
    const index = await indexReady(c);
    assert.equal(index.files, 1603);
    assert.ok((index.lastBuild?.workers ?? 0) >= (process.env.DEVOPS_HINTS_INDEX_WORKERS === '0' ? 0 : 1), `worker threads: ${index.lastBuild?.workers}`);
    const ws = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'ConfigMap config-399' });
    assert.deepEqual(ws.map((s) => [s.name, s.location.uri.endsWith('/big.yaml'), s.location.range.start.line]), [['ConfigMap config-399', true, 399 * 7 + 1]]);
    const stages = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'stage s1599' });
    assert.deepEqual(stages.map((s) => s.name), ['stage s1599']);
  } finally {
    assert.equal(await c.stop(), 0, `server exit code (stderr: ${c.stderr()})`);
    rmSync(dir, { recursive: true, force: true });
  }
});
