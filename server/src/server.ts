// Entry point of the language server (dist/server-main.js, started by dist/server.js: boot.ts): over IPC when VS Code
// starts it, over stdio with --stdio.
// The same bundle also runs as the workspace index's worker threads (lsp/indexWorkers.ts).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { join } from 'node:path';
import { loadBundledData } from './service/data/load';
import { startServer } from './lsp/startServer';
import { inIndexWorker, runIndexWorker } from './lsp/indexWorkers';

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
