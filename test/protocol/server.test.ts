// Protocol tests: the bundled server (dist/server.js) over real JSON-RPC on stdio.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Hover, InitializeResult } from 'vscode-languageserver-protocol';
import { startServer, initParams } from '../lspClient';

const DOCKERFILE = 'FROM node:20-alpine\nWORKDIR /app\nADD package.json ./\nRUN npm ci\nUSER node\n';
const DF_URI = 'file:///ws/app/Dockerfile';
const POD_URI = 'file:///ws/k8s/pod.yaml';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx\n';

test('initialize → capabilities, diagnostics pushed on open, hover in Korean, quick fix, shutdown', async () => {
  const c = startServer();
  try {
    const init = await c.request<InitializeResult>('initialize', initParams({ locale: 'ko' }));
    assert.ok(init.capabilities.hoverProvider);
    assert.ok(init.capabilities.codeActionProvider);
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'push mode when the client cannot pull');
    c.notify('initialized', {});

    const diagnostics = c.waitForDiagnostics(DF_URI, (d) => d.length > 0);
    c.open(DF_URI, 'dockerfile', DOCKERFILE);
    const published = await diagnostics;
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line, d.source]), [['DF001', 2, 'DevOps Hints']]);
    assert.match(String(published.diagnostics[0].message), /COPY를 쓰세요/);
    assert.match(published.diagnostics[0].codeDescription!.href, /^https:\/\//);

    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: DF_URI }, position: { line: 0, character: 1 } });
    const text = (hover.contents as { kind: string; value: string }).value;
    assert.equal((hover.contents as { kind: string }).kind, 'markdown');
    assert.match(text, /^\*\*FROM/);
    assert.match(text, /베이스 이미지/);
    assert.match(text, /강의 노트/);

    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: DF_URI },
      range: published.diagnostics[0].range,
      context: { diagnostics: published.diagnostics, only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.title, 'ADD를 COPY로 바꾸기');
    assert.deepEqual(fix.edit!.changes![DF_URI], [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, newText: 'COPY' }]);

    // Applying the fix (as the editor would) clears the diagnostic.
    const cleared = c.waitForDiagnostics(DF_URI, (d) => d.length === 0);
    c.notify('textDocument/didChange', { textDocument: { uri: DF_URI, version: 2 }, contentChanges: [{ range: fix.edit!.changes![DF_URI][0].range, text: 'COPY' }] });
    await cleared;
  } finally {
    assert.equal(await c.stop(), 0, `server exit code (stderr: ${c.stderr()})`);
  }
});

test('English hover, Kubernetes diagnostics and hover, settings changes re-validate', async () => {
  const c = startServer();
  try {
    await c.request('initialize', initParams({ locale: 'en' }));
    c.notify('initialized', {});
    const first = c.waitForDiagnostics(POD_URI, (d) => d.some((x) => x.code === 'K8S001'));
    c.open(POD_URI, 'yaml', POD);
    const d = await first;
    assert.deepEqual(d.diagnostics.filter((x) => x.code === 'K8S001').map((x) => [x.code, x.range.start.line, x.severity]), [['K8S001', 7, 3]]);
    assert.match(String(d.diagnostics.find((x) => x.code === 'K8S001')!.message), /^Image “nginx” has no tag/);

    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: POD_URI }, position: { line: 7, character: 8 } });
    assert.match((hover.contents as { value: string }).value, /^\*\*image — container image/);

    // Turning the rule off through settings re-publishes without it.
    const off = c.waitForDiagnostics(POD_URI, (x) => x.length > 0 && !x.some((y) => y.code === 'K8S001'));
    c.notify('workspace/didChangeConfiguration', { settings: { devopsHints: { rules: { K8S001: 'off' } } } });
    await off;
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('pull diagnostics where the client supports them; plain-text hovers where it lacks markdown', async () => {
  const c = startServer();
  try {
    const init = await c.request<InitializeResult>('initialize', initParams({ locale: 'en', pull: true, markdown: false }));
    assert.ok(init.capabilities.diagnosticProvider);
    c.notify('initialized', {});
    c.open(DF_URI, 'dockerfile', DOCKERFILE);
    const report = await c.request<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri: DF_URI } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((i) => i.code), ['DF001']);
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: DF_URI }, position: { line: 2, character: 1 } });
    assert.equal((hover.contents as { kind: string }).kind, 'plaintext');
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('requests on unknown documents and odd positions answer without errors', async () => {
  const c = startServer();
  try {
    await c.request('initialize', initParams());
    c.notify('initialized', {});
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: 'file:///nope' }, position: { line: 0, character: 0 } }), null);
    c.open(DF_URI, 'dockerfile', DOCKERFILE);
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: DF_URI }, position: { line: 999, character: 999 } }), null);
    assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri: DF_URI }, range: { start: { line: 50, character: 0 }, end: { line: 60, character: 0 } }, context: { diagnostics: [] } }), []);
    assert.equal(c.proc.exitCode, null, 'still running');
  } finally {
    assert.equal(await c.stop(), 0);
  }
});
