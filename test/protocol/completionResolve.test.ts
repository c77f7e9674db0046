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
