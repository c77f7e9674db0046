// The rows of test/e2e/formats.mjs through the VS Code API: hover, diagnostics, completion, snippet and quick fix
// per format, in Korean (the runners set `devopsHints.language: "ko"`), then the English hovers after changing
// the setting. A feature a row does not have yet is reported as pending.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { after, before, describe, it } from 'mocha';
import type { FormatRow, At } from '../../e2e/formats.mjs' with { 'resolution-mode': 'import' };
import {
  STEP_MS,
  codeOf,
  completionAt,
  firstThenStep,
  hoverAt,
  labelOf,
  ownDiagnostics,
  poll,
  positionOf,
  revertActive,
  setLanguage,
  SOURCE,
  workspaceUri,
} from './helpers';

type Table = {
  FORMATS: FormatRow[];
  resolvePosition: (text: string, at: At) => { line: number; col: number };
  hoversOf: (row: FormatRow) => { at: At; expect: RegExp[] }[];
};

const atLabel = (at: At) => (typeof at === 'string' ? at : at.text);

export function defineFormatTests(table: Table): void {
  const { FORMATS, resolvePosition, hoversOf } = table;

  for (const row of FORMATS) {
    describe(`${row.format} (${row.file})`, () => {
      if (row.pending) {
        it(`all features — pending: ${row.pending}`);
        return;
      }
      const uri = workspaceUri(row.file);
      let doc: vscode.TextDocument;
      let editor: vscode.TextEditor;

      before(async () => {
        doc = await vscode.workspace.openTextDocument(uri);
        editor = await vscode.window.showTextDocument(doc);
      });
      after(async () => {
        await vscode.window.showTextDocument(doc);
        await revertActive();
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      });

      it(`has language id ${row.languageId}`, () => {
        assert.equal(doc.languageId, row.languageId);
      });

      if (!row.hover) it(`hover — pending: not supported for ${row.format} yet`);
      for (const check of hoversOf(row)) {
        it(`hover ${atLabel(check.at)} (ko)`, async () => {
          const pos = positionOf(resolvePosition, doc, check.at);
          const text = await poll(() => hoverAt(uri, pos), (t) => check.expect.every((r) => r.test(t)), firstThenStep(), `hover at ${pos.line + 1}:${pos.character + 1}`);
          assert.ok(text.length > 0);
        });
      }

      if (row.problems) {
        const want = row.problems.map((p) => `${p.code}@${p.line}`).sort();
        it(`diagnostics ${want.join(', ') || '(none)'}`, async () => {
          await poll(() => ownDiagnostics(uri), (got) => JSON.stringify(got) === JSON.stringify(want), firstThenStep(), `diagnostics of ${row.file}, want ${JSON.stringify(want)}`);
          for (const d of vscode.languages.getDiagnostics(uri).filter((x) => x.source === SOURCE)) {
            assert.ok(d.message.trim(), `${codeOf(d)} has an empty message`);
          }
        });
      } else it(`diagnostics — pending: not supported for ${row.format} yet`);

      const c = row.completion;
      if (c) {
        it(`completion ${c.expectLabels.join(', ')}`, async () => {
          const pos = positionOf(resolvePosition, doc, c.at);
          editor.selection = new vscode.Selection(pos, pos);
          // Typing goes through the editor (auto-indent after Enter, like a person's keystrokes).
          if (c.type) await vscode.commands.executeCommand('type', { text: c.type });
          const at = editor.selection.active;
          try {
            const items = await poll(
              () => completionAt(uri, at),
              (list) => c.expectLabels.every((l) => list.some((i) => labelOf(i) === l)),
              STEP_MS,
              `completion at ${at.line + 1}:${at.character + 1}`,
              (list) => JSON.stringify(list.map(labelOf)),
            );
            assert.ok(items.length >= c.expectLabels.length);
          } finally {
            if (c.type) await revertActive();
          }
        });
      } else it(`completion — pending: not supported for ${row.format} yet`);

      const s = row.snippet;
      if (s) {
        it(`snippet ${s.prefix}`, async () => {
          // At the row's place (or a new empty last line), what it types first, then the snippet proposal there.
          let pos: vscode.Position;
          if (s.at) pos = positionOf(resolvePosition, doc, s.at);
          else {
            const end = doc.lineAt(doc.lineCount - 1);
            pos = end.range.end;
            if (!end.isEmptyOrWhitespace) {
              await editor.edit((e) => e.insert(pos, '\n'));
              pos = doc.lineAt(doc.lineCount - 1).range.end;
            }
          }
          editor.selection = new vscode.Selection(pos, pos);
          // Typing goes through the editor (auto-indent after Enter, like a person's keystrokes).
          if (s.type) await vscode.commands.executeCommand('type', { text: s.type });
          pos = editor.selection.active;
          try {
            const items = await poll(() => completionAt(uri, pos), (list) => list.some((i) => labelOf(i) === s.prefix), STEP_MS, `snippet ${s.prefix}`, (list) => JSON.stringify(list.map(labelOf)));
            const item = items.find((i) => labelOf(i) === s.prefix)!;
            assert.ok(item.insertText instanceof vscode.SnippetString, `${s.prefix} is not a snippet`);
            assert.ok(await editor.insertSnippet(item.insertText, pos), 'insertSnippet failed');
            assert.ok(doc.getText().includes(s.expectText), `document after the snippet:\n${doc.getText()}`);
          } finally {
            await revertActive();
          }
        });
      } else it(`snippet — pending: not supported for ${row.format} yet`);

      const q = row.quickFix;
      if (q) {
        it(`code action "${q.title}" for ${q.code}@${q.line}`, async () => {
          const diags = await poll(
            () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && codeOf(d) === q.code && d.range.start.line + 1 === q.line),
            (l) => l.length > 0,
            firstThenStep(),
            `${q.code}@${q.line}`,
            () => JSON.stringify(ownDiagnostics(uri)),
          );
          const before = ownDiagnostics(uri).filter((g) => g.startsWith(`${q.code}@`)).length;
          const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diags[0].range);
          // Commands have a string `command`; code actions have `kind`/`edit` and maybe a Command object.
          const action = actions.find((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string' && a.title.includes(q.title));
          assert.ok(action, `no code action "${q.title}"; got ${JSON.stringify(actions.map((a) => a.title))}`);
          assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
          try {
            if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'applyEdit failed');
            if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
            assert.ok(doc.getText().includes(q.expectText), `document after the fix:\n${doc.getText()}`);
            // The fixed problem is gone (others of the same rule may stay).
            await poll(() => ownDiagnostics(uri), (got) => got.filter((g) => g.startsWith(`${q.code}@`)).length < before, STEP_MS, `${q.code}@${q.line} gone after the fix`);
          } finally {
            await revertActive();
          }
        });
      } else it(`quick fix — pending: not supported for ${row.format} yet`);

      const cmd = row.command;
      if (cmd) {
        it(`command ${cmd.id}`, async () => {
          await vscode.commands.executeCommand(cmd.id, uri);
          const shown = await poll(
            () => vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(`/${cmd.tab}`) && d.uri.scheme !== 'file'),
            (d) => !!d && cmd.expectText.every((t) => d.getText().includes(t)),
            STEP_MS,
            `${cmd.tab} with ${JSON.stringify(cmd.expectText)}`,
            (d) => d?.getText() ?? 'no such document',
          );
          assert.ok(shown);
          const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => (t.input as { uri?: vscode.Uri } | undefined)?.uri?.toString() === shown!.uri.toString());
          if (tab) await vscode.window.tabGroups.close(tab);
        });
      }
    });
  }

  const english = FORMATS.filter((r) => !r.pending && r.english);
  if (english.length) {
    describe('English (devopsHints.language: "en")', () => {
      before(() => setLanguage('en'));
      after(() => setLanguage('ko'));
      for (const row of english) {
        it(`${row.format}: hover ${atLabel(row.english!.at)}`, async () => {
          const uri = workspaceUri(row.file);
          const doc = await vscode.workspace.openTextDocument(uri);
          await vscode.window.showTextDocument(doc);
          const pos = positionOf(resolvePosition, doc, row.english!.at);
          await poll(() => hoverAt(uri, pos), (t) => row.english!.expect.every((r) => r.test(t)), STEP_MS, `English hover at ${pos.line + 1}:${pos.character + 1}`);
        });
        if (row.englishProblem) {
          const p = row.englishProblem;
          it(`${row.format}: ${p.code}@${p.line} message in English`, async () => {
            const uri = workspaceUri(row.file);
            await poll(
              () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && codeOf(d) === p.code && d.range.start.line + 1 === p.line),
              (l) => l.some((d) => p.message.test(d.message)),
              STEP_MS,
              `${p.code} in English`,
              (l) => JSON.stringify(l.map((d) => d.message)),
            );
          });
        }
      }
    });
  }
}
