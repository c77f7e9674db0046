// The workspace index and navigation through the VS Code API (the table's WORKSPACE part): a stage renamed in the
// Dockerfile reaches the Compose file's diagnostics, the Outline, Go to Symbol in Workspace, references and rename.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { after, before, describe, it } from 'mocha';
import type { At, WorkspaceChecks } from '../../e2e/formats.mjs' with { 'resolution-mode': 'import' };
import { STEP_MS, ownDiagnostics, poll, positionOf, revertActive, workspaceUri } from './helpers';

type Table = { WORKSPACE: WorkspaceChecks; resolvePosition: (text: string, at: At) => { line: number; col: number } };

export function defineWorkspaceTests(table: Table): void {
  const { index, outline, symbol } = table.WORKSPACE;
  describe('workspace index and navigation', () => {
    const composeUri = workspaceUri(index.compose);
    const dfUri = workspaceUri(index.dockerfile);
    const want = `${index.problem.code}@${index.problem.line}`;
    let df: vscode.TextDocument;

    before(async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(composeUri), { preview: false });
      df = await vscode.workspace.openTextDocument(dfUri);
      await vscode.window.showTextDocument(df, { preview: false });
    });
    after(async () => {
      for (const uri of [dfUri, composeUri]) {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        await revertActive();
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    });

    it(`an unsaved stage rename in ${index.dockerfile} brings ${want} to ${index.compose}`, async () => {
      await poll(() => ownDiagnostics(composeUri), (d) => !d.includes(want), STEP_MS, `${index.compose} diagnostics before the edit`);
      const start = positionOf(table.resolvePosition, df, index.edit.at);
      const editor = await vscode.window.showTextDocument(df);
      await editor.edit((e) => e.replace(new vscode.Range(start, start.translate(0, index.edit.from.length)), index.edit.to));
      await poll(() => ownDiagnostics(composeUri), (d) => d.includes(want), STEP_MS, `${index.compose} diagnostics after the edit`);
      await revertActive();
      await poll(() => ownDiagnostics(composeUri), (d) => !d.includes(want), STEP_MS, `${index.compose} diagnostics after the revert`);
    });

    it(`Outline of ${outline.file}: ${outline.expect.join(', ')}`, async () => {
      const symbols = await poll(
        () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', workspaceUri(outline.file)),
        (s) => !!s && outline.expect.every((n) => s.some((x) => x.name === n)),
        STEP_MS,
        'document symbols',
        (s) => JSON.stringify(s?.map((x) => x.name)),
      );
      assert.deepEqual(symbols.map((s) => s.name).filter((n) => outline.expect.includes(n)), outline.expect);
    });

    it(`Go to Symbol in Workspace "${symbol.query}"`, async () => {
      const first = symbol.query.split(' ')[0];
      const found = await poll(
        () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', first),
        (s) => !!s && s.some((x) => x.name === symbol.expect),
        STEP_MS,
        'workspace symbols',
        (s) => JSON.stringify(s?.map((x) => x.name)),
      );
      const hit = found.find((x) => x.name === symbol.expect)!;
      assert.ok(hit.location.uri.path.endsWith(`/${symbol.opens}`), hit.location.uri.toString());
    });

    it('references and rename of the stage reach the Compose build.target', async () => {
      const at = positionOf(table.resolvePosition, df, index.edit.at);
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', dfUri, at);
      assert.ok(refs.some((r) => r.uri.toString() === composeUri.toString()), JSON.stringify(refs.map((r) => r.uri.path)));
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', dfUri, at, index.edit.to);
      assert.ok(edit.get(composeUri).some((e) => e.newText === index.edit.to), 'the Compose file is part of the rename');
    });
  });
}
