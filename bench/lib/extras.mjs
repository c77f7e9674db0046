// Measures that need no peer: extension activation (a proxy), the .vsix size, and the CLI checking a generated
// workspace of 1,000 files (the index measures in the server are in bench/lib/workspace.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateWorkspace } from './workspace.mjs';
import { median } from './session.mjs';

/**
 * Activation proxy: the time to load dist/client.js (with a stub for the `vscode` module) in a fresh Node process.
 * VS Code's activation also waits for the server's initialize answer (activate() awaits client.start()): the
 * report adds our measured initialize time to this for the activation row.
 */
export function clientLoadMs(root, runs = 5) {
  // A stand-in for the `vscode` module with the names @types/vscode declares (classes, enums, namespaces, functions):
  // esbuild's interop copies the module's own names, so every one the client uses must exist.
  const dts = readFileSync(join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const names = [...new Set([...dts.matchAll(/^\s*export (?:declare )?(?:class|enum|namespace|function|const|let) (\w+)/gm)].map((m) => m[1]))];
  const script = `
    const Module = require('module');
    const load = Module._load;
    const any = new Proxy(function () {}, { get: (t, k) => (k === 'prototype' ? {} : k === Symbol.toPrimitive ? () => '' : any), apply: () => any, construct: () => any });
    const stub = {};
    for (const n of ${JSON.stringify(names)}) stub[n] = class { constructor() { return any; } static get [Symbol.species]() { return this; } };
    for (const n of ${JSON.stringify(names)}) stub[n] = new Proxy(stub[n], { get: (t, k) => (k in t ? t[k] : any) });
    Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
    const { performance } = require('perf_hooks');
    const t0 = performance.now();
    require(${JSON.stringify(join(root, 'dist', 'client.js'))});
    process.stdout.write(String(performance.now() - t0));
  `;
  const times = [];
  let error;
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (r.status === 0) times.push(Number(r.stdout));
    else error = (r.stderr || '').split('\n').find((l) => /Error/.test(l));
  }
  return times.length ? median(times) : { error };
}

/** The .vsix: packaged with scripts/package.mjs unless a package newer than dist/ exists (or `build` is false). */
export function vsixSize(root, { build, log }) {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const file = join(root, `${name}-${version}.vsix`);
  const fresh = existsSync(file) && statSync(file).mtimeMs >= statSync(join(root, 'dist', 'server.js')).mtimeMs;
  if (!fresh && build) {
    log('packaging the .vsix (node scripts/package.mjs)…');
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs')], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) return { error: (r.stderr || r.stdout).split('\n').filter(Boolean).slice(-1)[0] };
  }
  if (!existsSync(file)) return { error: 'no .vsix (run without --quick, or node scripts/package.mjs)' };
  return { bytes: statSync(file).size, file: `${name}-${version}.vsix`, stale: !fresh && !build };
}

/**
 * The CLI over a generated workspace of `count` files (bench/lib/workspace.mjs): `node dist/cli.js check <dir>
 * --format json`, timed — Node start-up, data load, the workspace index built synchronously (every file read,
 * parsed and its facts extracted), then every file checked.
 */
export function cliCheck(root, workDir, count, runs = 3) {
  const { dir, files } = generateWorkspace(workDir, count);
  const times = [];
  let error;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) error = (r.stderr || '').split('\n').filter(Boolean).slice(-1)[0] ?? `exit ${r.status}`;
    else times.push(ms);
  }
  return { files, ms: times.length ? median(times) : undefined, error };
}
