// Bundles the extension (dist/client.js), the language server (dist/server.js) and the CLI (dist/cli.js),
// and compiles the TypeScript tests with the sources they import into out/ (unbundled) for `node --test`.
//   node esbuild.mjs           # dist/ + out/
//   node esbuild.mjs --watch   # dist/ on every change
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const watch = process.argv.includes('--watch');
const production = !watch && process.env.DEVOPS_HINTS_DEV !== '1';

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'inline',
  logLevel: 'warning',
  legalComments: 'none',
};

// Generated data the server requires on first use (`require('./…')` inside a function): each is a file of its own
// beside the bundles, so a session that never needs it neither compiles nor keeps its text (~1 MB of the 2 MB).
const LAZY = {
  'server/src/service/kubernetes/docs.generated.ts': 'kubernetes-docs.js',
  'server/src/service/compose/validate.generated.ts': 'compose-validate.js',
  'server/src/service/compose/spec.ts': 'compose-spec.js',
  'server/src/service/ansible/knowledge.ts': 'ansible-knowledge.js',
  'server/src/service/snippets/data.ts': 'snippets.js',
};
const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    build.onResolve({ filter: /^\.\/[\w.-]+$/ }, (args) => {
      if (args.kind !== 'require-call') return undefined;
      const source = relative(process.cwd(), join(args.resolveDir, `${args.path}.ts`)).split(sep).join('/');
      return LAZY[source] ? { path: `./${LAZY[source]}`, external: true } : undefined;
    });
  },
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/boot.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', plugins: [lazyChunks] },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyChunks] },
  ...Object.entries(LAZY).map(([source, out]) => ({ entryPoints: [source], outfile: `dist/${out}` })),
];

function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

if (watch) {
  for (const b of bundles) (await esbuild.context({ ...common, ...b })).watch();
  console.log('watching…');
} else {
  const t0 = Date.now();
  await Promise.all(bundles.map((b) => esbuild.build({ ...common, ...b })));
  const sources = [...tsFiles('server/src'), ...tsFiles('test').filter((f) => !f.startsWith(join('test', 'fixtures')))];
  await esbuild.build({ entryPoints: sources, outdir: 'out', outbase: '.', bundle: false, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning' });
  // Remove compiled files whose source is gone (out/ is not wiped first: a concurrent test run keeps its files).
  const wanted = new Set(sources.map((f) => join('out', f.replace(/\.ts$/, '.js'))));
  const prune = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) prune(p);
      else if (p.endsWith('.js') && !wanted.has(p)) rmSync(p);
    }
  };
  prune('out');
  // The JSON the service imports from outside server/ (the snippet files and their descriptions), beside the
  // compiled files that require it, so the tests run the same data as the bundle.
  const { cpSync } = await import('node:fs');
  cpSync('snippets', join('out', 'snippets'), { recursive: true });
  for (const f of ['package.nls.json', 'package.nls.ko.json']) cpSync(f, join('out', f));
  // The service data as one JSON file for the bundled server and CLI (loading the YAML at start-up costs ~1 s).
  const { createRequire } = await import('node:module');
  const { loadServiceData } = createRequire(import.meta.url)('./out/server/src/service/data/load.js');
  const { writeFileSync } = await import('node:fs');
  writeFileSync('dist/data.json', JSON.stringify(loadServiceData('server/data')));
  // The server's code cache for this Node (boot.ts): a short session compiles what a first open runs.
  const { execFileSync } = await import('node:child_process');
  try {
    execFileSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'ignore', timeout: 60_000 });
  } catch {
    /* no cache: the server compiles at start-up and writes one itself */
  }
  console.log(`built dist/ and out/ in ${Date.now() - t0} ms`);
}
