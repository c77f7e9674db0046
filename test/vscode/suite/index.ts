// The extension-host test runner (what --extensionTestsPath points at): VS Code — the Electron build through
// @vscode/test-electron (runTest.ts) or code-server's extension host (runInCodeServer.mjs) — loads this module
// in its extension host and awaits run(); a rejection fails the run.
//
// Bundled by scripts/e2e-build.mjs into out/test/vscode/suite/index.cjs ('vscode' and 'mocha' stay external).
// The test table is shared with the browser e2e tests (test/e2e/formats.mjs, an ES module: loaded with import()).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { defineExtensionTests } from './extension.test';
import { defineFormatTests } from './formats.test';
import { defineWorkspaceTests } from './workspace.test';

/** Prefix of the report's lines in the console (runInCodeServer.mjs prints those). */
export const REPORT_PREFIX = '[suite] ';

export async function run(): Promise<void> {
  const table = await import('../../e2e/formats.mjs');
  const docker = table.FORMATS.find((r) => r.format === 'Dockerfile');
  const first = docker && table.hoversOf(docker)[0];
  if (!docker || !first) throw new Error('formats.mjs has no Dockerfile hover to check activation with');

  // Mocha's reporter prints printf-style; format here, one prefixed line per line, so a runner that only sees
  // the forwarded console (code-server) can tell the report from the workbench's own messages.
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => {
    for (const l of format(...data).split('\n')) console.log(`${REPORT_PREFIX}${l}`);
  };
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: 180_000,
    grep: process.env.DEVOPS_HINTS_SUITE_GREP || undefined,
  });
  // Define the suites now (they come from the table, loaded asynchronously): make mocha's describe/it live.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'devops-hints-suite', mocha);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open (the runner opens a copy of examples/)');
  const { line, col } = table.resolvePosition(readFileSync(join(folder.uri.fsPath, docker.file), 'utf8'), first.at);
  defineExtensionTests({ file: docker.file, line, col, expect: first.expect[0] });
  defineFormatTests(table);
  defineWorkspaceTests(table);

  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  const result = { passes: stats.passes, failures: stats.failures, pending: stats.pending };
  console.log(`${REPORT_PREFIX}${result.passes} passed, ${result.failures} failed`);
  console.log(`SUITE-RESULT ${JSON.stringify(result)}`);
  if (result.failures > 0) throw new Error(`${result.failures} extension-host test(s) failed`);
}
