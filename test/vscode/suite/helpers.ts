// Helpers of the extension-host suite: polling with deadlines, the workspace copy, texts of hovers and codes of
// diagnostics as the VS Code API returns them.
import * as vscode from 'vscode';
import type { At } from '../../e2e/formats.mjs' with { 'resolution-mode': 'import' };

export const EXTENSION_ID = 'devops-hints.devops-hints';
export const SOURCE = 'DevOps Hints';

/** The first request waits for activation and the server's start; later ones are quick. */
export const FIRST_MS = 90_000;
export const STEP_MS = 20_000;

let waitedLong = false;
/** FIRST_MS the first time, STEP_MS afterwards (also after a failure: a broken build fails fast). */
export function firstThenStep(): number {
  if (waitedLong) return STEP_MS;
  waitedLong = true;
  return FIRST_MS;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Call `probe` until `ok(value)`, or throw after `timeoutMs` with the last value. */
export async function poll<T>(probe: () => Thenable<T> | T, ok: (v: T) => boolean, timeoutMs: number, what: string, show: (v: T) => string = (v) => JSON.stringify(v)): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not there after ${timeoutMs} ms; last: ${show(v)}`);
    await sleep(200);
  }
}

/** The opened folder: a temporary copy of examples/. */
export function workspaceUri(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open (the runner opens a copy of examples/)');
  return vscode.Uri.joinPath(folder.uri, ...file.split('/'));
}

/** Resolve a formats.mjs position (1-based) in a document to a vscode.Position (0-based). */
export function positionOf(resolve: (text: string, at: At) => { line: number; col: number }, doc: vscode.TextDocument, at: At): vscode.Position {
  const { line, col } = resolve(doc.getText(), at);
  return new vscode.Position(line - 1, col - 1);
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** DevOps Hints diagnostics of a document as 'CODE@line' (1-based), sorted. */
export function ownDiagnostics(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE)
    .map((d) => `${codeOf(d)}@${d.range.start.line + 1}`)
    .sort();
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export async function hoverAt(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos));
}

export async function completionAt(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, pos);
  return list?.items ?? [];
}

/** Undo the test's edits: revert the active editor to the file on disk. */
export async function revertActive(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

export async function setLanguage(value: 'ko' | 'en' | 'auto'): Promise<void> {
  await vscode.workspace.getConfiguration('devopsHints').update('language', value, vscode.ConfigurationTarget.Global);
}
