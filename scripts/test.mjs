#!/usr/bin/env node
// npm test's runner: the compiled test files of each layer, handed to `node --test` by name. Node 20 takes folders,
// Node 22 reads its arguments as glob patterns: both take a list of files.
//
//   node scripts/test.mjs                 # every layer (what npm test runs after typecheck, lint and build)
//   node scripts/test.mjs unit data       # some layers
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const LAYERS = ['unit', 'data', 'notes', 'protocol', 'corpus', 'hostile', 'fuzz'];
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.test.js')) files.push(p);
  }
};
for (const layer of asked.length ? asked : LAYERS) walk(join('out', 'test', layer));
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...flags, ...files.sort()], { stdio: 'inherit' });
process.exit(r.status ?? 1);
