#!/usr/bin/env node
// `npm start` — the README's "see it work" command: build, package, and open a copy of examples/ in VS Code with
// the packaged extension installed.
//
//   npm start                        # `code` on PATH: code --install-extension <vsix> && code <a copy of examples>
//                                    # otherwise: code-server on http://127.0.0.1:8080 (or the next free port)
//   npm start -- --code-server       # use code-server even when `code` is on PATH
//   npm start -- --lang en           # devopsHints.language for this start (default: ko, or what you chose before)
//   npm start -- --port 9000         # first port to try (code-server)
//   npm start -- --check             # CI/tests: start code-server, check in headless chromium that the page loads
//                                    # and the extension's server answers (a DevOps Hints problem for the
//                                    # Dockerfile), print OK, stop, exit
//
// code-server keeps its user data and extensions in <cache>/start/ (cache: $DEVOPS_HINTS_E2E_CACHE or
// ~/.cache/devops-hints-e2e), so settings you change in the browser stay. Ctrl+C stops it.

import { spawnSync } from 'node:child_process';
import { clearInterval, setInterval } from 'node:timers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cacheDir,
  ensureCodeServer,
  installVsix,
  launchBrowser,
  portIsFree,
  run,
  startCodeServer,
} from '../test/e2e/codeServer.mjs';
import { openFile, openWorkbench, problemsFor, showProblems, waitFor } from '../test/e2e/workbench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A copy of examples/ in a temporary folder is what opens: trying the quick fixes there never changes the repository's
// tracked files (a fresh copy per start, so every try begins from the same files).
const examples = fs.mkdtempSync(path.join(os.tmpdir(), 'devops-hints-examples-'));
fs.cpSync(path.join(root, 'examples'), examples, { recursive: true });
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const option = (f) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);
const check = flag('--check');
const lang = option('--lang');
if (lang && !['ko', 'en', 'auto'].includes(lang)) {
  console.error(`--lang must be ko, en or auto (got ${lang})`);
  process.exit(2);
}

function hasCode() {
  const r = spawnSync('code', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0;
}

async function firstFreePort(from, tries = 20) {
  for (let p = from; p < from + tries; p++) if (await portIsFree(p)) return p;
  throw new Error(`no free port in ${from}–${from + tries - 1}`);
}

async function packageVsix() {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  console.log('[start] building and packaging…');
  await run(process.execPath, [path.join(root, 'scripts', 'package.mjs')], { cwd: root, timeoutMs: 5 * 60_000 });
  const vsix = path.join(root, `${name}-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} was not produced`);
  return { vsix, id: `${name}.${name}`, folderName: `${name}.${name}-${version}` };
}

function withCode(vsix) {
  console.log(`[start] code --install-extension ${path.relative(root, vsix)}`);
  const inst = spawnSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
  if (inst.status !== 0) throw new Error('code --install-extension failed');
  if (lang) console.log(`[start] --lang applies to code-server only; in VS Code set "devopsHints.language": "${lang}" in Settings`);
  const open = spawnSync('code', [examples], { stdio: 'inherit' });
  if (open.status !== 0) throw new Error('code examples failed');
  console.log(`[start] opened a copy of examples/ in VS Code: ${examples} (edits there leave the repository untouched)`);
}

async function withCodeServer({ vsix, folderName }) {
  const paths = await ensureCodeServer();
  // --check runs on a throwaway profile and a free port, so it never disturbs a running `npm start`.
  const base = check ? fs.mkdtempSync(path.join(os.tmpdir(), 'devops-hints-start-check-')) : path.join(cacheDir(), 'start');
  const userDataDir = path.join(base, 'user-data');
  const extensionsDir = path.join(base, 'extensions');
  await installVsix({ paths, vsixPath: vsix, userDataDir, extensionsDir });
  if (!fs.existsSync(path.join(extensionsDir, folderName, 'dist', 'server.js'))) {
    throw new Error(`the .vsix did not install into ${extensionsDir}`);
  }

  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  let existing = {};
  try {
    existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  } catch {
    // first start
  }
  const settings = {};
  if (lang) settings['devopsHints.language'] = lang;
  else if (!('devopsHints.language' in existing)) settings['devopsHints.language'] = 'ko';

  const port = check ? undefined : await firstFreePort(Number(option('--port') ?? 8080));
  const server = await startCodeServer({ paths, userDataDir, extensionsDir, folder: examples, settings, port });
  try {
    if (check) {
      await checkPage(paths, server);
      console.log('OK');
      return;
    }
    console.log(`\n  DevOps Hints is running in code-server. Open in a browser:\n\n    ${server.url}\n`);
    console.log(`  The folder is a copy of examples/: ${examples} (edits there leave the repository untouched).`);
    console.log(`  (language: ${settings['devopsHints.language'] ?? existing['devopsHints.language']}; user data: ${base}; log: ${server.logFile})`);
    console.log('  Ctrl+C stops it.\n');
    await new Promise((resolve) => {
      // codeServer.mjs kills the processes it started (by PID) on these signals and exits; this says so first.
      for (const sig of ['SIGINT', 'SIGTERM']) process.prependOnceListener(sig, () => console.log(`\n[start] stopping code-server (pid ${server.pid})`));
      const timer = setInterval(() => {
        try {
          process.kill(server.pid, 0);
        } catch {
          clearInterval(timer);
          console.log('[start] code-server exited');
          resolve();
        }
      }, 1000);
    });
  } finally {
    await server.stop();
    if (check) fs.rmSync(base, { recursive: true, force: true });
    if (check) fs.rmSync(examples, { recursive: true, force: true });
  }
}

/** The page loads, the Dockerfile opens, and the server's diagnostic shows in the Problems panel. */
async function checkPage(paths, server) {
  const browser = await launchBrowser({ paths });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(60_000);
    await openWorkbench(page, server, examples);
    console.log('[start] page loaded');
    await openFile(page, 'docker/Dockerfile');
    await showProblems(page);
    let got = [];
    await waitFor(
      async () => {
        got = await problemsFor(page, 'docker/Dockerfile');
        return got.length > 0;
      },
      { timeoutMs: 120_000, describe: () => 'no DevOps Hints problem for docker/Dockerfile: the extension or its server did not start' },
    );
    console.log(`[start] the server answers: ${got.map((p) => `${p.code}@${p.line}`).join(', ')} in docker/Dockerfile`);
  } catch (e) {
    const shot = path.join(root, 'test-results', 'start-check-failure.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await browser.contexts()[0]?.pages()[0]?.screenshot({ path: shot }).catch(() => {});
    e.message += ` (screenshot: ${shot})`;
    throw e;
  } finally {
    await browser.close().catch(() => {});
  }
}

async function main() {
  const pkg = await packageVsix();
  if (!check && !flag('--code-server') && hasCode()) withCode(pkg.vsix);
  else await withCodeServer(pkg);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`[start] ${e.stack || e.message}`);
    process.exit(1);
  },
);
