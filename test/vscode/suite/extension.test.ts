// Activation and the contributed commands/settings of the extension under test.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import { EXTENSION_ID, FIRST_MS, STEP_MS, firstThenStep, poll, hoverAt, workspaceUri } from './helpers';

export function defineExtensionTests(firstHover: { file: string; line: number; col: number; expect: RegExp }): void {
  describe('extension', () => {
    it('is installed and activates (opening a Dockerfile)', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is not loaded`);
      const doc = await vscode.workspace.openTextDocument(workspaceUri(firstHover.file));
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'dockerfile');
      await poll(() => ext.isActive, Boolean, FIRST_MS, 'activation on onLanguage:dockerfile');
      const pkg = ext.packageJSON as { main?: string; contributes?: { configuration?: { properties?: Record<string, unknown> } } };
      assert.equal(pkg.main, './dist/client.js');
      assert.ok(pkg.contributes?.configuration?.properties?.['devopsHints.language'], 'devopsHints.language is contributed');
    });

    it('registers its commands', async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const c of ['devopsHints.restartServer', 'devopsHints.showOutput']) assert.ok(commands.includes(c), `${c} is not registered`);
    });

    it('starts the language server from dist/server.js (a hover arrives)', async () => {
      const uri = workspaceUri(firstHover.file);
      const pos = new vscode.Position(firstHover.line - 1, firstHover.col - 1);
      await poll(() => hoverAt(uri, pos), (t) => firstHover.expect.test(t), firstThenStep(), `hover at ${firstHover.line}:${firstHover.col}`);
    });

    it('devopsHints.restartServer restarts it (a hover arrives again)', async () => {
      await vscode.commands.executeCommand('devopsHints.restartServer');
      const uri = workspaceUri(firstHover.file);
      const pos = new vscode.Position(firstHover.line - 1, firstHover.col - 1);
      await poll(() => hoverAt(uri, pos), (t) => firstHover.expect.test(t), STEP_MS * 2, 'hover after restartServer');
    });
  });
}
