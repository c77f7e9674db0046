// dist/server.js: starts the server bundle (dist/server-main.js, server.ts) through V8's code cache. Compiling the
// bundle and the functions its start-up runs is a third of the time to `initialize`; with the cache (written at build
// time by esbuild.mjs, and again by the server when it is missing or was made by another V8, e.g. VS Code's) V8 reads
// the compiled code instead. Anything wrong with the cache only costs that time: V8 rejects it and compiles.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

const file = join(__dirname, 'server-main.js');
const cacheFile = join(__dirname, 'server-main.cache');
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  /* none yet */
}
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
const main = new Module(file, module);
main.filename = file;
(script.runInThisContext() as (...args: unknown[]) => void).call(main.exports, main.exports, createRequire(file), main, file, __dirname);

/** The code compiled so far (the start-up, and after a while what the first requests ran), for the next start. */
function writeCache(): void {
  try {
    const tmp = `${cacheFile}.${process.pid}`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {
    /* a read-only installation: compile every time */
  }
}
// The build (esbuild.mjs) runs a short session with this set: the cache then holds what validation, hover and
// completion compiled too, so a first open does not compile them either.
if (process.env.DEVOPS_HINTS_WRITE_CODE_CACHE === '1') process.on('exit', writeCache);
else if (!cachedData || script.cachedDataRejected) setTimeout(writeCache, 10_000).unref();
