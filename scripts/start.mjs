#!/usr/bin/env node
// `npm start` — the README's "see it work" command: build, package, and open a copy of examples/ with the packaged
// extension installed: in VS Code when `code` is on PATH, otherwise in code-server (set up on first use, then cached).
// `npm start -- --help` lists the options; the pure parts (arguments, the copy, the messages) are in start-lib.mjs.
//
// The folder that opens is a fresh copy of examples/ in a temporary folder, so trying the quick fixes never changes
// the repository's files. code-server keeps its user data and extensions in <cache>/start/ (cache:
// $DEVOPS_HINTS_E2E_CACHE or ~/.cache/devops-hints-e2e), so settings you change in the browser stay.
// `--check` (CI) runs on a throwaway profile and a free port, and needs chromium (the setup installs it then only).

import { spawnSync } from 'node:child_process';
import { clearInterval, setInterval } from 'node:timers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SetupError,
  cacheDir,
  ensureCodeServer,
  installVsix,
  launchBrowser,
  portIsFree,
  run,
  startCodeServer,
} from '../test/e2e/codeServer.mjs';
import { openFile, openWorkbench, problemsFor, showProblems, waitFor } from '../test/e2e/workbench.mjs';
import { USAGE, cannotStartMessage, copyExamples, parseStartArgs, readyMessage } from './start-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opts = parseStartArgs(process.argv.slice(2));
if (opts.error) {
  console.error(`${opts.error}\n\n${USAGE}`);
  process.exit(2);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
const { check, lang } = opts;
const t0 = Date.now();
const seconds = () => (Date.now() - t0) / 1000;
const log = (m) => console.log(`[start] ${m}`);

/** VS Code's `code` CLI. On Windows it is code.cmd, which only a shell runs (every argument quoted for cmd.exe). */
function code(args, options) {
  if (process.platform !== 'win32') return spawnSync('code', args, options);
  return spawnSync(['code', ...args].map((a) => `"${a}"`).join(' '), { ...options, shell: true });
}

function hasCode() {
  return code(['--version'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
}

async function firstFreePort(from, tries = 20) {
  for (let p = from; p < from + tries; p++) if (p <= 65535 && (await portIsFree(p))) return p;
  throw new Error(`no free port in ${from}–${from + tries - 1}: choose another with --port`);
}

const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsixPath = () => path.join(root, `${name}-${version}.vsix`);

async function packageVsix() {
  log('building and packaging the extension (usually 10–20 s)…');
  await run(process.execPath, [path.join(root, 'scripts', 'package.mjs')], { cwd: root, timeoutMs: 5 * 60_000 });
  const vsix = vsixPath();
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} was not produced`);
  log(`packaged ${path.relative(root, vsix)} (${seconds().toFixed(1)} s)`);
  return { vsix, id: `${name}.${name}`, folderName: `${name}.${name}-${version}` };
}

function withCode(vsix) {
  log(`code --install-extension ${path.relative(root, vsix)}`);
  const inst = code(['--install-extension', vsix, '--force'], { stdio: 'inherit' });
  if (inst.status !== 0) throw new Error('code --install-extension failed');
  if (lang) log(`--lang applies to code-server only; in VS Code set "devopsHints.language": "${lang}" in Settings`);
  const examples = copyExamples(path.join(root, 'examples'));
  const open = code([examples], { stdio: 'inherit' });
  if (open.status !== 0) throw new Error(`code ${examples} failed`);
  log(`opened a fresh copy of examples/ in VS Code: ${examples}`);
  log('edit it and apply quick fixes freely: the repository’s files never change. Close the window when you are done.');
}

async function withCodeServer({ vsix, folderName }, paths) {
  // A fresh copy per start, deleted when this process exits (Ctrl+C, kill, or code-server ending).
  const examples = copyExamples(path.join(root, 'examples'));
  process.on('exit', () => fs.rmSync(examples, { recursive: true, force: true }));
  // --check runs on a throwaway profile and a free port, so it never disturbs a running `npm start`.
  const base = check ? fs.mkdtempSync(path.join(os.tmpdir(), 'devops-hints-start-check-')) : path.join(cacheDir(), 'start');
  if (check) process.on('exit', () => fs.rmSync(base, { recursive: true, force: true }));
  const userDataDir = path.join(base, 'user-data');
  const extensionsDir = path.join(base, 'extensions');
  log('installing the .vsix into code-server…');
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

  const port = check ? undefined : await firstFreePort(opts.port ?? 8080);
  log('starting code-server…');
  const server = await startCodeServer({ paths, userDataDir, extensionsDir, folder: examples, settings, port });
  try {
    if (check) {
      await checkPage(paths, server, examples);
      console.log('OK');
      return;
    }
    const language = settings['devopsHints.language'] ?? existing['devopsHints.language'];
    console.log(
      readyMessage({
        url: server.url,
        port: server.port,
        folder: examples,
        pid: process.pid,
        sshTarget: `${os.userInfo().username}@${os.hostname()}`,
        seconds: seconds(),
        details: `language: ${language} (npm start -- --lang ko|en|auto); user data: ${base}; log: ${server.logFile}`,
      }),
    );
    await new Promise((resolve) => {
      // codeServer.mjs kills the processes it started (by PID) on these signals and exits; this says so first.
      for (const sig of ['SIGINT', 'SIGTERM']) process.prependOnceListener(sig, () => console.log(`\n[start] stopping code-server (pid ${server.pid}) and deleting ${examples}`));
      const timer = setInterval(() => {
        try {
          process.kill(server.pid, 0);
        } catch {
          clearInterval(timer);
          log('code-server exited');
          resolve();
        }
      }, 1000);
    });
  } finally {
    await server.stop();
  }
}

/** The page loads, the Dockerfile opens, and the server's diagnostic shows in the Problems panel. */
async function checkPage(paths, server, examples) {
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
  if (!check && !opts.codeServer && hasCode()) {
    withCode((await packageVsix()).vsix);
    return;
  }
  // The extension builds while code-server is set up (minutes the first time, a glance after); the first failure stops
  // both. A machine that cannot run code-server still gets the .vsix, for the message's alternative.
  const packaging = packageVsix();
  const setup = ensureCodeServer({ log: console.log, prefix: '[start]', browser: check });
  try {
    const [pkg, paths] = await Promise.all([packaging, setup]);
    await withCodeServer(pkg, paths);
  } catch (e) {
    if (e instanceof SetupError) await packaging.catch(() => {});
    throw e;
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    if (e instanceof SetupError) console.error(cannotStartMessage(e.message, path.relative(root, vsixPath())));
    else console.error(`[start] ${e.stack || e.message}`);
    process.exit(1);
  },
);
