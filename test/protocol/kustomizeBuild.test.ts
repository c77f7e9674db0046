// "Preview kustomize build" over JSON-RPC: the server runs kubectl only when the command is sent, returns the built
// YAML (with a header naming the command), and explains what went wrong in the user's language otherwise — no
// kustomization, kubectl missing, a failing build. Document links come over the same connection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentLink } from 'vscode-languageserver-types';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers';
import { initParams, startServer } from '../lspClient';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'kustomize');
const DEV = join(FIXTURES, 'notes', 'dev', 'kustomization.yaml');
const hasKubectl = spawnSync('kubectl', ['version', '--client'], { timeout: 20_000 }).status === 0;
type Result = { ok: boolean; text?: string; message?: string };

test('executeCommand devopsHints.kustomizeBuild: the built YAML, or why not', async (t) => {
  const c = startServer();
  try {
    const init = await c.request<InitializeResult>('initialize', initParams({ locale: 'ko', workspace: FIXTURES }));
    assert.deepEqual(init.capabilities.executeCommandProvider?.commands, ['devopsHints.kustomizeBuild', 'devopsHints.notes.search']);
    assert.ok(init.capabilities.documentLinkProvider);
    c.notify('initialized', {});
    // A file whose folder has no kustomization.
    const none = await c.request<Result>('workspace/executeCommand', { command: 'devopsHints.kustomizeBuild', arguments: [pathToFileURL(join(FIXTURES, 'README.md')).href] });
    assert.equal(none.ok, false);
    assert.match(String(none.message), /kustomization\.yaml이 없습니다/);
    if (!hasKubectl) {
      t.diagnostic('kubectl is not installed: the build itself was not run');
      return;
    }
    const dev = await c.request<Result>('workspace/executeCommand', { command: 'devopsHints.kustomizeBuild', arguments: [pathToFileURL(DEV).href, [pathToFileURL(DEV).href]] });
    assert.equal(dev.ok, true, dev.message);
    assert.match(String(dev.text), /^# kubectl kustomize .*notes\/dev\n# 저장하지 않은 변경은 빠져 있습니다/);
    assert.match(String(dev.text), /name: dev-hello/);
    assert.match(String(dev.text), /type: NodePort/);
  } finally {
    await c.stop();
  }
});

test('executeCommand devopsHints.kustomizeBuild: kubectl missing, a build that fails', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-kbuild-'));
  writeFileSync(join(dir, 'kustomization.yaml'), 'resources:\n- missing.yaml\n');
  // No kubectl and no kustomize on the PATH the server sees.
  const bare = startServer({ env: { PATH: join(dir, 'empty-bin') } });
  try {
    await bare.request('initialize', initParams({ locale: 'en', workspace: dir }));
    bare.notify('initialized', {});
    const r = await bare.request<Result>('workspace/executeCommand', { command: 'devopsHints.kustomizeBuild', arguments: [pathToFileURL(join(dir, 'kustomization.yaml')).href] });
    assert.equal(r.ok, false);
    assert.match(String(r.message), /kubectl \(or kustomize\) was not found/);
  } finally {
    await bare.stop();
  }
  if (!hasKubectl) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const c = startServer();
  try {
    await c.request('initialize', initParams({ locale: 'en', workspace: dir }));
    c.notify('initialized', {});
    const r = await c.request<Result>('workspace/executeCommand', { command: 'devopsHints.kustomizeBuild', arguments: [pathToFileURL(join(dir, 'kustomization.yaml')).href] });
    assert.equal(r.ok, false);
    assert.match(String(r.message), /^kubectl kustomize failed: .*missing\.yaml/s);
  } finally {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('textDocument/documentLink: a kustomization’s paths', async () => {
  const c = startServer();
  try {
    await c.request('initialize', initParams({ locale: 'en', workspace: FIXTURES }));
    c.notify('initialized', {});
    const uri = pathToFileURL(DEV).href;
    c.open(uri, 'yaml', 'resources:\n- ../base\npatchesStrategicMerge:\n- resources.yaml\n');
    const links = await c.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map((l) => [l.range.start.line, l.target?.split('/fixtures/kustomize/')[1]]), [[1, 'notes/base/kustomization.yaml'], [3, 'notes/dev/resources.yaml']]);
  } finally {
    await c.stop();
  }
});
