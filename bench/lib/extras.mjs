// Measures that need no peer: extension activation (a proxy), the .vsix size, and workspace indexing (what exists:
// the CLI checking a generated workspace of 1,000 files).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as gen from './generate.mjs';
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
 * A workspace of `count` files (a quarter each: Dockerfiles, Kubernetes manifests, Compose files, playbooks) in
 * nested folders, then `node dist/cli.js check <dir> --format json` over it, timed (Node start-up, data load,
 * reading, parsing and checking every file: the whole job of a first index).
 */
export function workspaceIndex(root, workDir, count, runs = 3) {
  const dir = join(workDir, `workspace-${count}`);
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i < count; i++) {
      const sub = join(dir, `svc-${String(Math.floor(i / 8)).padStart(3, '0')}`);
      mkdirSync(sub, { recursive: true });
      const kind = i % 4;
      const seed = 100 + i;
      if (kind === 0) writeFileSync(join(sub, `Dockerfile.${i}`), gen.dockerfile(60, seed).text);
      else if (kind === 1) writeFileSync(join(sub, `deploy-${i}.yaml`), gen.kubernetes(120, seed).text);
      else if (kind === 2) writeFileSync(join(sub, `compose.${i}.yaml`), gen.compose(60, seed).text);
      else writeFileSync(join(sub, `playbook-${i}.yml`), gen.playbook(60, seed).text);
    }
    writeFileSync(join(dir, '.complete'), '');
  }
  const files = readdirSync(dir, { recursive: true }).filter((f) => !f.endsWith('.complete') && statSync(join(dir, f)).isFile()).length;
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
