import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { startServer, initParams } from '../lspClient';

const URI = 'file:///tmp/devops-hints-resolve/Dockerfile';

async function completeAt(resolveSupport: boolean) {
  const c = startServer();
  const params = initParams();
  if (resolveSupport) {
    (params.capabilities.textDocument as Record<string, unknown>).completion = { completionItem: { resolveSupport: { properties: ['documentation', 'detail'] } } };
  }
  const init = await c.request<{ capabilities: { completionProvider?: { resolveProvider?: boolean } } }>('initialize', params);
  c.notify('initialized', {});
  c.open(URI, 'dockerfile', 'FROM alpine:3.19\n\n');
  const list = await c.request<{ items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 1, character: 0 } });
  return { c, init, list };
}

test('completion documentation is left to completionItem/resolve when the client resolves it', async () => {
  const { c, init, list } = await completeAt(true);
  try {
    assert.equal(init.capabilities.completionProvider?.resolveProvider, true);
    assert.ok(list.items.length > 5);
    assert.ok(list.items.every((i) => i.documentation === undefined));
    const run = list.items.find((i) => i.label === 'RUN');
    assert.ok(run);
    const resolved = await c.request<CompletionItem>('completionItem/resolve', run);
    assert.equal(resolved.label, 'RUN');
    assert.match(typeof resolved.documentation === 'string' ? resolved.documentation : resolved.documentation?.value ?? '', /RUN/);
  } finally {
    await c.stop();
  }
});

test('without resolve support, completion items carry their documentation', async () => {
  const { c, init, list } = await completeAt(false);
  try {
    assert.equal(init.capabilities.completionProvider?.resolveProvider, false);
    assert.ok(list.items.some((i) => i.documentation !== undefined));
  } finally {
    await c.stop();
  }
});

test('a shared edit range is sent once (itemDefaults) to clients that take it', async () => {
  const c = startServer();
  try {
    const params = initParams();
    (params.capabilities.textDocument as Record<string, unknown>).completion = { completionList: { itemDefaults: ['editRange'] } };
    await c.request('initialize', params);
    c.notify('initialized', {});
    const uri = 'file:///tmp/devops-hints-resolve/compose.yaml';
    c.open(uri, 'yaml', 'services:\n  web:\n    image: nginx:1.27\n    \n');
    const list = await c.request<{ items: CompletionItem[]; itemDefaults?: { editRange?: unknown } }>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 4 } });
    assert.ok(list.items.length > 10);
    assert.deepEqual(list.itemDefaults?.editRange, { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } });
    assert.ok(list.items.every((i) => i.textEdit === undefined));
    const ports = list.items.find((i) => i.label === 'ports');
    assert.ok(ports?.textEditText?.startsWith('ports:'), JSON.stringify(ports));
  } finally {
    await c.stop();
  }
});

test('the bundled server offers snippets (a lazy chunk) in a blank manifest and a .dockerignore, and resolves their documentation', async () => {
  const c = startServer();
  try {
    const params = initParams();
    (params.capabilities.textDocument as Record<string, unknown>).completion = { completionItem: { resolveSupport: { properties: ['documentation'] } } };
    await c.request('initialize', params);
    c.notify('initialized', {});
    const k8s = 'file:///tmp/devops-hints-resolve/k8s/app.yaml';
    c.open(k8s, 'yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n---\ndh-de');
    const list = await c.request<{ items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri: k8s }, position: { line: 5, character: 5 } });
    const deployment = list.items.find((i) => i.label === 'dh-deployment');
    assert.ok(deployment, JSON.stringify(list.items.map((i) => i.label)));
    assert.equal(deployment.insertTextFormat, 2);
    assert.ok(!list.items.some((i) => i.label === 'dh-compose'), 'a manifest file gets manifests only');
    const resolved = await c.request<CompletionItem>('completionItem/resolve', deployment);
    assert.match(typeof resolved.documentation === 'string' ? resolved.documentation : resolved.documentation?.value ?? '', /```yaml\nkind: Deployment|apiVersion: apps\/v1/);
    const ignore = 'file:///tmp/devops-hints-resolve/.dockerignore';
    c.open(ignore, 'ignore', '');
    const items = (await c.request<{ items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri: ignore }, position: { line: 0, character: 0 } })).items;
    assert.deepEqual(items.map((i) => i.label), ['dh-dockerignore']);
  } finally {
    await c.stop();
  }
});
