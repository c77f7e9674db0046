// `npm run test:vscode`: the extension-host suite (test/vscode/suite/, mocha) inside code-server's extension host,
// since VS Code itself cannot be downloaded here. The same suite runs on the Electron build through
// @vscode/test-electron where that is possible (test/vscode/runTest.ts, `npm run test:vscode:electron`).
//
// How: code-server started with `--vscode-option enable-smoke-test-driver` honours the URL payload options
// extensionDevelopmentPath / extensionTestsPath (what test-electron passes on the command line); a headless
// chromium opens that URL, the remote (Node) extension host loads the extension under development and calls the
// suite's run(), and VS Code reports the result through window.codeAutomationExit. See codeServer.mjs.
//
// The extension under development is the packaged .vsix, unpacked by `code-server --install-extension` into a
// scratch folder — so this tests what ships, not the source tree.
//
//   npm run test:vscode [-- --no-package] [-- --grep <text>] [-- --timeout <seconds>] [-- --keep]

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, installVsix, run, runExtensionTests } from '../e2e/codeServer.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const option = (f) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);

/** The extension's Output channel ("DevOps Hints" log files of the extension hosts). */
function extensionLog(userDataDir) {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'DevOps Hints.log') files.push(p);
    }
  };
  walk(path.join(userDataDir, 'logs'));
  if (!files.length) return '[vscode] the extension wrote no log (it never activated)';
  return files.map((f) => `[vscode] ${f}:\n${fs.readFileSync(f, 'utf8').trimEnd().split('\n').slice(-40).join('\n')}`).join('\n');
}

async function main() {
  const t0 = Date.now();
  const timings = {};
  const timed = async (name, fn) => {
    const s = Date.now();
    try {
      return await fn();
    } finally {
      timings[name] = +((Date.now() - s) / 1000).toFixed(1);
      console.log(`[vscode] ${name}: ${timings[name]} s`);
    }
  };
  const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(repoRoot, `${name}-${version}.vsix`);
  if (!flag('--no-package')) {
    await timed('package .vsix', () => run(process.execPath, [path.join(repoRoot, 'scripts', 'package.mjs')], { cwd: repoRoot, timeoutMs: 5 * 60_000 }));
  }
  // After packaging: package.mjs runs esbuild.mjs, which rebuilds out/ from scratch.
  await timed('build the suite', () => run(process.execPath, [path.join(repoRoot, 'scripts', 'e2e-build.mjs')], { cwd: repoRoot, timeoutMs: 120_000 }));
  const suite = path.join(repoRoot, 'out', 'test', 'vscode', 'suite', 'index.cjs');
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} does not exist`);

  const paths = await timed('ensureCodeServer', () => ensureCodeServer());
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'devops-hints-vscode-'));
  try {
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
    const unpacked = path.join(tmp, 'unpacked');
    await timed('unpack the .vsix', () =>
      installVsix({ paths, vsixPath: vsix, userDataDir: path.join(tmp, 'unpack-user-data'), extensionsDir: unpacked }),
    );
    const extensionDevelopmentPath = path.join(unpacked, `${name}.${name}-${version}`);
    if (!fs.existsSync(path.join(extensionDevelopmentPath, 'dist', 'server.js'))) {
      throw new Error(`the unpacked .vsix has no dist/server.js (${extensionDevelopmentPath})`);
    }

    let summary;
    const seen = [];
    const run_ = timed('extension-host suite', () =>
      runExtensionTests({
        paths,
        extensionDevelopmentPath,
        extensionTestsPath: suite,
        folder: workspace,
        userDataDir: path.join(tmp, 'user-data'),
        extensionsDir: path.join(tmp, 'extensions'), // empty: only the extension under development
        settings: { 'devopsHints.language': 'ko', 'files.autoSave': 'off' },
        extensionEnvironment: option('--grep') ? { DEVOPS_HINTS_SUITE_GREP: option('--grep') } : undefined,
        // The suite takes well under a minute; a hung activation must not eat the CI budget.
        timeoutMs: Number(option('--timeout') ?? 300) * 1000,
        onConsole: (line) => {
          seen.push(line);
          const m = /SUITE-RESULT (\{.*\})/.exec(line);
          if (m) summary = JSON.parse(m[1]);
          // The extension host's console is forwarded to the page: print the suite's report, not the workbench's noise.
          const i = line.indexOf('[suite] ');
          const text = i >= 0 ? line.slice(i + '[suite] '.length) : undefined;
          if (text !== undefined && !/^\d+ passed, \d+ failed$/.test(text)) console.log(text); // printed below
        },
      }),
    );
    const { code } = await run_.catch((e) => {
      console.log(`[vscode] the page's console (last 60 lines):\n${seen.slice(-60).join('\n')}`);
      if (!seen.some((l) => l.includes('[suite] '))) {
        console.log(
          '[vscode] the suite never started: VS Code calls the test runner only after the eagerly activated extensions ' +
            "have activated, so an activate() that never returns (e.g. a language server that never answers 'initialize') " +
            'blocks it. The extension log follows.',
        );
      }
      console.log(extensionLog(path.join(tmp, 'user-data')));
      throw e;
    });
    if (!summary) {
      console.log(seen.slice(-80).join('\n'));
      throw new Error(`the suite did not report a result (exit code ${code})`);
    }
    console.log(`[vscode] timings: ${JSON.stringify(timings)}; total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`[vscode] ${summary.pending} pending (not supported yet)`);
    console.log(`${summary.passes} passed, ${summary.failures} failed`);
    return code === 0 && summary.failures === 0 ? 0 : 1;
  } finally {
    if (flag('--keep')) console.log(`[vscode] kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
