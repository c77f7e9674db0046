// Shared test helpers: the repository root, a language service over the real data, documents with a `|` caret.
import { existsSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Position } from 'vscode-languageserver-types';
import { loadServiceData } from '../server/src/service/data/load';
import { createLanguageService, type LanguageService } from '../server/src/service/languageService';
import type { DocumentModel } from '../server/src/service/model';
import type { ServiceSettings } from '../server/src/service/types';
import { LineIndex } from '../server/src/service/text';
import { nodeWorkspaceFs } from '../server/src/service/workspace/fs';
import type { ServiceData } from '../server/src/service/data/schema';

export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'server', 'data'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

export const ROOT = repoRoot();
export const DATA_DIR = join(ROOT, 'server', 'data');
export const NOTES_DIR = join(ROOT, '..', 'shared', 'notes');
export const CORPUS_DIR = join(ROOT, '..', 'shared', 'corpus');

let data: ServiceData | undefined;
/** The service data from server/data, loaded once per process (a load costs ~0.2 s). */
export function serviceData(): ServiceData {
  return (data ??= loadServiceData(DATA_DIR));
}

let shared: LanguageService | undefined;
export function service(): LanguageService {
  return (shared ??= createLanguageService({ data: serviceData() }));
}

/**
 * A language service whose workspace is the directory `dir` (cross-file checks read files there). The one place
 * tests create a service over a workspace: adapt it here when the service's constructor changes.
 */
export function workspaceService(dir: string): LanguageService {
  return createLanguageService({ data: serviceData(), fs: nodeWorkspaceFs([dir]) });
}

/** Write files (and symlinks: name → target) into a new temporary directory; returns its real path. */
export function tempWorkspace(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dh-ws-')));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    symlinkSync(target, join(dir, name));
  }
  return dir;
}

export const EN: ServiceSettings = { locale: 'en', rules: {} };
export const KO: ServiceSettings = { locale: 'ko', rules: {} };

/** Split a `|` caret out of a text: returns the text without it and the caret's position. */
export function caret(textWithCaret: string): { text: string; position: Position } {
  const offset = textWithCaret.indexOf('|');
  if (offset < 0) throw new Error('no | caret in test text');
  const text = textWithCaret.slice(0, offset) + textWithCaret.slice(offset + 1);
  return { text, position: new LineIndex(text).positionAt(offset) };
}

/** Parse a document as if it were the file `path` (its name drives classification). */
export function model(path: string, text: string, languageId?: string): DocumentModel {
  return service().parse({ uri: `file:///work/${path}`, path: `/work/${path}`, text, languageId });
}

/** Rule ids with their 1-based line numbers, e.g. ['DF001@3'] — compact and easy to read in assertions. */
export function findingsOf(path: string, text: string, settings: ServiceSettings = EN, rule?: string): string[] {
  const m = model(path, text);
  return service()
    .findings(m, settings)
    .filter((f) => !rule || f.ruleId === rule)
    .map((f) => `${f.ruleId}@${f.range.start.line + 1}`);
}

/** Dedent a template literal so inline documents can be indented with the test code. */
export function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
