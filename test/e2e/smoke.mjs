// Smoke test for the e2e harness: builds a throwaway extension (hover,
// completion and a diagnostic for plaintext), installs it into code-server,
// and drives the real VS Code UI through playwright-core + chromium.
//
//   node test/e2e/smoke.mjs
//
// Exits non-zero on failure; the screenshot goes to test-results/e2e/smoke.png.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, installVsix, launchBrowser, run, runExtensionTests, startCodeServer } from './codeServer.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const resultsDir = path.join(repoRoot, 'test-results', 'e2e');
const timings = {};
const t = async (name, fn) => {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = +((Date.now() - t0) / 1000).toFixed(2);
    console.log(`[smoke] ${name}: ${timings[name]} s`);
  }
};

// An extension test runner (what @vscode/test-electron's --extensionTestsPath
// points at), run inside code-server's extension host by runExtensionTests.
const TEST_RUNNER_JS = `
const assert = require('assert');
const vscode = require('vscode');
exports.run = async function () {
  const [folder] = vscode.workspace.workspaceFolders;
  const uri = vscode.Uri.joinPath(folder.uri, 'a.txt');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const ext = vscode.extensions.getExtension('devops-hints-e2e.smoke-hover');
  assert.ok(ext, 'dev extension not loaded');
  await ext.activate();
  let text = '';
  for (let i = 0; i < 50 && !text.includes('SMOKE-HOVER-OK'); i++) {
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(0, 8));
    text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\\n');
    if (!text) await new Promise((r) => setTimeout(r, 200));
  }
  console.log('EXT-TEST hover: ' + text);
  assert.ok(text.includes('SMOKE-HOVER-OK'), 'hover text: ' + text);
};
`;

const EXTENSION_JS = `
const vscode = require('vscode');
exports.activate = function (context) {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider('plaintext', {
      provideHover() {
        return new vscode.Hover('SMOKE-HOVER-OK');
      },
    }),
    vscode.languages.registerCompletionItemProvider('plaintext', {
      provideCompletionItems() {
        return [new vscode.CompletionItem('smokeCompletionItem', vscode.CompletionItemKind.Keyword)];
      },
    }),
  );
  const diags = vscode.languages.createDiagnosticCollection('smoke');
  context.subscriptions.push(diags);
  const check = (doc) => {
    if (doc.languageId !== 'plaintext') return;
    const out = [];
    const text = doc.getText();
    let i = text.indexOf('BADWORD');
    while (i >= 0) {
      const range = new vscode.Range(doc.positionAt(i), doc.positionAt(i + 7));
      out.push(new vscode.Diagnostic(range, 'SMOKE-DIAGNOSTIC-OK', vscode.DiagnosticSeverity.Warning));
      i = text.indexOf('BADWORD', i + 1);
    }
    diags.set(doc.uri, out);
  };
  vscode.workspace.textDocuments.forEach(check);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)),
  );
};
exports.deactivate = function () {};
`;

async function buildVsix(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'smoke-hover',
        displayName: 'Smoke Hover',
        description: 'e2e smoke extension',
        publisher: 'devops-hints-e2e',
        version: '0.0.1',
        license: 'MIT',
        engines: { vscode: '^1.80.0' },
        main: './extension.js',
        activationEvents: ['onLanguage:plaintext'],
        categories: ['Other'],
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(dir, 'extension.js'), EXTENSION_JS);
  fs.writeFileSync(path.join(dir, 'README.md'), '# smoke-hover\n\nThrowaway extension for the e2e smoke test.\n');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'MIT\n');
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  const out = path.join(dir, 'smoke-hover.vsix');
  await run(vsce, ['package', '--allow-missing-repository', '--skip-license', '--no-dependencies', '-o', out], {
    cwd: dir,
    input: 'y\n',
    timeoutMs: 120_000,
  });
  return out;
}

async function main() {
  const tStart = Date.now();
  const paths = await t('ensureCodeServer (1st call)', () => ensureCodeServer());
  await t('ensureCodeServer (2nd call, warm)', () => ensureCodeServer());

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'devops-hints-smoke-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const folder = path.join(tmp, 'workspace');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'a.txt'), 'hello smoke world\nsecond line BADWORD here\n\n');

  let server;
  let browser;
  try {
    const vsix = await t('vsce package', () => buildVsix(path.join(tmp, 'ext')));
    await t('install vsix', () => installVsix({ paths, vsixPath: vsix, userDataDir, extensionsDir }));

    server = await t('code-server start-to-ready', () =>
      startCodeServer({ paths, userDataDir, extensionsDir, folder, settings: {} }),
    );
    browser = await t('launch chromium', () => launchBrowser({ paths }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(30_000);

    await t('workbench loaded', async () => {
      await page.goto(server.url);
      await page.locator('.monaco-workbench').waitFor();
      // The explorer shows the folder once the remote connection is up.
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'a.txt' }).waitFor();
    });

    await t('open a.txt via Quick Open', async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 600, y: 400 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('a.txt');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'a.txt' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'a.txt' }).waitFor();
      await page.locator('.monaco-editor .view-lines', { hasText: 'hello smoke world' }).waitFor();
    });

    const goTo = async (line, col) => {
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      // Ctrl+G opens Quick Open prefilled with ":"; keep that prefix or it
      // turns into a file search.
      await input.fill(`:${line}:${col}`);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    };

    const hoverText = await t('hover via keyboard (Ctrl+K Ctrl+I)', async () => {
      await goTo(1, 9); // inside "smoke"
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-hover:not(.hidden) .hover-contents', { hasText: 'SMOKE-HOVER-OK' });
      await hover.first().waitFor();
      return (await page.locator('.monaco-hover:not(.hidden)').first().innerText()).trim();
    });
    console.log(`[smoke] hover text: ${JSON.stringify(hoverText)}`);
    if (!hoverText.includes('SMOKE-HOVER-OK')) throw new Error(`hover text was ${hoverText}`);
    fs.mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, 'smoke.png') });
    await page.keyboard.press('Escape');

    await t('hover via mouse', async () => {
      const word = page.locator('.monaco-editor .view-line span', { hasText: 'world' }).first();
      await word.hover();
      await page.locator('.monaco-hover:not(.hidden)', { hasText: 'SMOKE-HOVER-OK' }).first().waitFor();
      await page.mouse.move(5, 5);
    });
    await page.keyboard.press('Escape');

    const problems = await t('problems panel (Ctrl+Shift+M)', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'SMOKE-DIAGNOSTIC-OK' });
      await row.first().waitFor();
      return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    });
    console.log(`[smoke] problems rows: ${JSON.stringify(problems)}`);
    await page.screenshot({ path: path.join(resultsDir, 'smoke-problems.png') });

    const suggestions = await t('completion (Ctrl+Space)', async () => {
      // Give the editor focus back, go to the empty 3rd line, ask for suggestions.
      await page.locator('.monaco-editor .view-lines').first().click();
      await goTo(3, 1);
      await page.keyboard.press('Control+Space');
      const row = page.locator('.suggest-widget .monaco-list-row', { hasText: 'smokeCompletionItem' });
      await row.first().waitFor();
      return page.locator('.suggest-widget .monaco-list-row').allInnerTexts();
    });
    console.log(`[smoke] suggestions: ${JSON.stringify(suggestions.slice(0, 5))}`);
    await page.screenshot({ path: path.join(resultsDir, 'smoke-completion.png') });
    await page.keyboard.press('Escape');
    await browser.close();
    browser = undefined;
    await server.stop();

    const extTests = await t('extension tests in code-server ext host', async () => {
      const testsDir = path.join(tmp, 'ext-tests');
      fs.mkdirSync(testsDir, { recursive: true });
      fs.writeFileSync(path.join(testsDir, 'index.js'), TEST_RUNNER_JS);
      return runExtensionTests({
        paths,
        extensionDevelopmentPath: path.join(tmp, 'ext'), // not installed: loaded as a dev extension
        extensionTestsPath: testsDir,
        folder,
        userDataDir: path.join(tmp, 'user-data-tests'),
        extensionsDir: path.join(tmp, 'extensions-tests'),
      });
    });
    console.log(`[smoke] extension tests exit code ${extTests.code}; ${extTests.output.filter((l) => l.includes('EXT-TEST')).join(' | ')}`);
    if (extTests.code !== 0) throw new Error(`extension tests failed:\n${extTests.output.join('\n')}`);
  } catch (e) {
    const pages = browser?.contexts().flatMap((c) => c.pages()) || [];
    if (pages[0]) {
      fs.mkdirSync(resultsDir, { recursive: true });
      await pages[0].screenshot({ path: path.join(resultsDir, 'smoke-failure.png') }).catch(() => {});
    }
    throw e;
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    await server?.stop(); // safe twice
    if (!process.env.KEEP_SMOKE_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  }
  timings.total = +((Date.now() - tStart) / 1000).toFixed(2);
  console.log(`[smoke] timings: ${JSON.stringify(timings)}`);
  console.log('1 passed, 0 failed');
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
