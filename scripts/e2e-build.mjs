#!/usr/bin/env node
// Compiles the extension-host suite (test/vscode/) into out/test/vscode/ — CommonJS bundles, with 'vscode' (given
// by the extension host), 'mocha' and '@vscode/test-electron' (resolved from node_modules) left external:
//   out/test/vscode/suite/index.cjs   the --extensionTestsPath module (exports run())
//   out/test/vscode/runTest.cjs       the @vscode/test-electron launcher
// `.cjs`, not `.js`: esbuild.mjs compiles every test/**/*.ts to out/**/*.js unbundled and prunes other .js files
// there, so a concurrent `npm run build` must not overwrite or delete these bundles.
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { 'suite/index': 'test/vscode/suite/index.ts', runTest: 'test/vscode/runTest.ts' },
  outdir: 'out/test/vscode',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  sourcemap: 'inline',
  external: ['vscode', 'mocha', '@vscode/test-electron'],
  logLevel: 'warning',
});
console.log(`built out/test/vscode/ in ${Date.now() - t0} ms`);
