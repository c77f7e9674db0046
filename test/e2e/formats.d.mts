// Types of formats.mjs (the real-editor test table), for the TypeScript extension-host suite in test/vscode/.

/** 1-based 'line:col', or `offset` characters (default 1) into the `occurrence`-th (default 1st) match of `text`. */
export type At = string | { text: string; occurrence?: number; offset?: number };

export interface HoverCheck {
  at: At;
  /** Every regex must match the hover text. */
  expect: RegExp[];
}

export interface ProblemCheck {
  /** The rule id, shown as the diagnostic code. */
  code: string;
  /** 1-based line of the diagnostic's start. */
  line: number;
}

export interface CompletionCheck {
  at: At;
  /** Typed before asking for completion ('\n' = Enter, with the editor's auto-indent). */
  type?: string;
  /** Labels that must be among the proposals. */
  expectLabels: string[];
}

export interface SnippetCheck {
  /** Typed on a new last line (or at `at`, after `type`); the proposal with this label is accepted. */
  prefix: string;
  /** Where to type instead of a new last line. */
  at?: At;
  /** Typed before the prefix (a new line, an indentation, `---`). */
  type?: string;
  /** Text the document must contain afterwards. */
  expectText: string;
}

export interface QuickFixCheck {
  /** The diagnostic the fix is offered for. */
  code: string;
  line: number;
  /** The code action's title (a substring). */
  title: string;
  /** Text the document must contain after applying it. */
  expectText: string;
}

export interface CommandCheck {
  /** The Command Palette label (English, as code-server shows it). */
  label: string;
  /** The command id (the extension-host suite runs it directly). */
  id: string;
  /** The tab the command opens. */
  tab: string;
  /** Texts the opened editor must show. */
  expectText: string[];
}

export interface FormatRow {
  format: string;
  /** Relative to examples/. */
  file: string;
  /** The language id VS Code gives the file. */
  languageId: string;
  /** The whole row is not supported yet: why. */
  pending?: string;
  hover?: HoverCheck | HoverCheck[];
  /** Checked with `devopsHints.language: "en"`. */
  english?: HoverCheck;
  /** A problem whose message is checked with `devopsHints.language: "en"`. */
  englishProblem?: ProblemCheck & { message: RegExp };
  problems?: ProblemCheck[];
  completion?: CompletionCheck;
  snippet?: SnippetCheck;
  quickFix?: QuickFixCheck;
  command?: CommandCheck;
}

export const FORMATS: FormatRow[];
export const GLANCE: { file: string; at: At }[];
export function resolvePosition(text: string, at: At): { line: number; col: number };
export function hoversOf(row: FormatRow): HoverCheck[];
export function pendingOf(row: FormatRow): string[];

export interface WorkspaceChecks {
  index: { compose: string; dockerfile: string; edit: { at: At; from: string; to: string }; problem: ProblemCheck };
  outline: { file: string; expect: string[] };
  symbol: { query: string; expect: string; opens: string };
}

export declare const WORKSPACE: WorkspaceChecks;
