// The notes folders over JSON-RPC: indexed in the background after `initialized` (work-done progress), quoted in a
// hover, searched by the command the client's quick pick sends, re-read when a note changes on disk, and dropped when
// the setting no longer names the folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver-types';
import { initParams, startServer, type LspClient } from '../lspClient';

type Search = { files: number; folders: string[]; items: { label: string; description: string; uri: string; line: number }[] };

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const search = (c: LspClient, q: string) => c.request<Search>('workspace/executeCommand', { command: 'devopsHints.notes.search', arguments: [q] });

test('notes folders: indexed with progress, quoted in hovers, searched, re-read on change, dropped with the setting', async () => {
  const root = mkdtempSync(join(tmpdir(), 'dh-notes-'));
  const ws = join(root, 'ws');
  const notes = join(ws, 'my-notes');
  mkdirSync(join(notes, 'k8s'), { recursive: true });
  const note = join(notes, 'k8s', 'deploy.md');
  writeFileSync(note, ['# 쿠버네티스', '', '## Deployment', '', '```yaml', 'rollingUpdate:', '  maxSurge: 1 # 업데이트 중에 더 띄울 파드 수', '```', ''].join('\n'));
  writeFileSync(join(notes, 'ignored.pdf'), 'maxSurge');
  const c = startServer();
  try {
    // A path relative to the workspace folder, as examples/.vscode/settings.json writes it.
    await c.request('initialize', initParams({ locale: 'ko', workspace: ws, settings: { notesFolders: ['./my-notes'] } }));
    c.notify('initialized', {});
    const first = await until(async () => {
      const r = await search(c, 'maxSurge');
      return r.items.length ? r : undefined;
    }, 'the notes index');
    assert.equal(first.files, 1, 'only the .md file is a note');
    assert.deepEqual(first.folders, [notes]);
    assert.equal(first.items[0].uri, pathToFileURL(note).href);
    assert.equal(first.items[0].line, 6);
    assert.match(first.items[0].description, /deploy › 쿠버네티스 › Deployment/);
    assert.ok(c.progress.some((p) => p.value.kind === 'begin') && c.progress.some((p) => p.value.kind === 'end'), 'work-done progress');

    const uri = pathToFileURL(join(ws, 'deploy.yaml')).href;
    c.open(uri, 'yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  strategy:\n    rollingUpdate:\n      maxSurge: 1\n');
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 8 } });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /📝 내 노트/);
    assert.ok(value.includes(`(${pathToFileURL(note).href}#L7)`), value);
    assert.match(value, /maxSurge: 1 # 업데이트 중에 더 띄울 파드 수/);

    // Edited on disk: the watcher re-reads it.
    writeFileSync(note, ['# 쿠버네티스', '', '* 롤링 업데이트는 maxUnavailable로 줄일 수 있는 파드 수를 정한다', ''].join('\n'));
    await until(async () => ((await search(c, '롤링 업데이트')).items.length ? true : undefined), 'the changed note');
    assert.equal((await search(c, 'maxSurge')).items.length, 0, 'the old text is gone');

    // The setting no longer names the folder.
    c.notify('workspace/didChangeConfiguration', { settings: { devopsHints: { notesFolders: [] } } });
    await until(async () => ((await search(c, '롤링')).files === 0 ? true : undefined), 'the notes dropped');
    const after = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 8 } });
    assert.doesNotMatch((after.contents as { value: string }).value, /내 노트/);
  } finally {
    await c.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
