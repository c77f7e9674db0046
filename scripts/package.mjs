#!/usr/bin/env node
// Builds and packages the extension: devops-hints-<version>.vsix (bundled: no node_modules inside). Prints its size.
import { execFileSync } from 'node:child_process';
import { statSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version, name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, `${name}-${version}.vsix`);
const t0 = Date.now();
execFileSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out], { cwd: root, stdio: 'inherit' });
const size = statSync(out).size;
console.log(`packaged ${out} — ${(size / 1024).toFixed(0)} KB (${size} bytes) in ${Date.now() - t0} ms`);
