// Entry point of the language server (dist/server.js): over IPC when VS Code starts it, over stdio with --stdio.
// The same bundle also runs as the workspace index's worker threads (lsp/indexWorkers.ts).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { join } from 'node:path';
import { loadBundledData } from './service/data/load';
import { startServer } from './lsp/startServer';
import { inIndexWorker, runIndexWorker } from './lsp/indexWorkers';
import { setFlagsFromString } from 'node:v8';

// The young generation stays at its initial size instead of growing to 16 MB semi-spaces on the first burst of
// parsing (the workspace index, a large file): peak RSS −20 to −25 MB in the benchmark's sessions, and no slower there
// (bench/analysis.md). A V8 flag read whenever the young generation would grow; a V8 without it ignores it.
try {
  setFlagsFromString('--semi-space-growth-factor=1');
} catch {
  /* not this V8 */
}

if (inIndexWorker()) {
  runIndexWorker();
} else {
  const connection = createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e instanceof Error ? e.stack : String(e)}`));
  process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));

  // DEVOPS_HINTS_DATA points at a data folder to use as it is (no bundled JSON): for trying edits to the data.
  const dataDir = process.env.DEVOPS_HINTS_DATA ?? join(__dirname, '..', 'server', 'data');
  const bundled = process.env.DEVOPS_HINTS_DATA ? '' : join(__dirname, 'data.json');
  let data;
  try {
    data = loadBundledData(bundled, dataDir);
  } catch (e) {
    // Without its data the server can do nothing: say why and exit, so the client reports it instead of waiting.
    process.stderr.write(`DevOps Hints: cannot load the server data (${dataDir}): ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
  startServer(connection, { data });
}
