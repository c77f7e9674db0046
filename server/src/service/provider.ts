import type { CompletionItemKind, DocumentSymbol, InsertTextFormat, Location, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { DocumentModel, DocumentUnit } from './model';
import type { KbHit, Format, ServiceSettings } from './types';
import type { KnowledgeBase } from './kb/knowledgeBase';
import type { KbEntry } from './data/schema';
import type { Check } from './rules/check';
import type { WorkspaceFs } from './workspace/fs';
import type { WorkspaceView } from './workspace/view';
import type { FactsPart } from './workspace/facts';

/**
 * Everything a feature needs about the cursor, resolved once per request: the unit under it (a Dockerfile, the YAML
 * document), and the cursor in that unit's terms (`C`: the YAML path and node, the Dockerfile instruction).
 */
export interface FeatureContext<U extends DocumentUnit = DocumentUnit, C = unknown> {
  model: DocumentModel;
  unit: U;
  cursor: C;
  position: Position;
  offset: number;
  kb: KnowledgeBase;
  fs: WorkspaceFs;
  workspace: WorkspaceView;
  /** The user's settings, when the request has them (completion). */
  settings?: ServiceSettings;
}

/** A completion proposal, before rendering: documentation comes from a knowledge-base entry, in the user's language. */
export interface CompletionSpec {
  label: string;
  kind: CompletionItemKind;
  /** Text to insert (a snippet when `snippet` is true); the label otherwise. */
  insertText?: string;
  snippet?: boolean;
  /** Range the completion replaces (the word being typed), when not the default word range. */
  range?: Range;
  entryId?: string;
  /** Values for the entry's `{placeholders}` (an API field's generic entry: its path, type and description). */
  entryArgs?: Record<string, string>;
  /** A short detail line; a knowledge-base entry's title is used when absent. */
  detail?: string;
  sortText?: string;
  filterText?: string;
  /** Ask the editor to re-trigger completion after inserting (e.g. after `key: `). */
  retrigger?: boolean;
  /** Sets InsertTextFormat explicitly when needed. */
  format?: InsertTextFormat;
}

/** A link in a document: a range of it and the file it leads to (an absolute path). */
export interface DocumentLinkSpec {
  range: Range;
  target: string;
}

/** A name under the cursor that can be renamed: its range and text, or why it cannot be (a ui string id). */
export type RenameTarget = { range: Range; placeholder: string } | RenameRefusal;

/** Edits by document uri. */
export type RenameEdits = Record<string, TextEdit[]>;

/** A rename that cannot be done, with why (a ui string id and its arguments). */
export interface RenameRefusal {
  refused: string;
  args?: Record<string, string>;
}

/** One format's features. Each is optional: a format grows feature by feature. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface FormatProvider<U extends DocumentUnit = any, C = any> {
  formats: Format[];
  checks: readonly Check[];
  hover?(ctx: FeatureContext<U, C>): KbHit | null;
  complete?(ctx: FeatureContext<U, C>): CompletionSpec[];
  definition?(ctx: FeatureContext<U, C>): Location[];
  /** Where the name under the cursor is defined and used (its definition included). */
  references?(ctx: FeatureContext<U, C>): Location[];
  prepareRename?(ctx: FeatureContext<U, C>): RenameTarget | null;
  rename?(ctx: FeatureContext<U, C>, newName: string): RenameEdits | RenameRefusal | null;
  /** The paths of one unit that lead to files (a kustomization's resources and patches …). */
  links?(model: DocumentModel, unit: U, fs: WorkspaceFs): DocumentLinkSpec[];
  /** The Outline of one unit. */
  symbols?(model: DocumentModel, unit: U): DocumentSymbol[];
  /** What other files need to know about this file (its units of this provider's formats). */
  facts?(model: DocumentModel, units: U[]): FactsPart;
  /** Knowledge-base entries made from the format's own tables: ids starting with `prefix` (see KnowledgeBase.addResolver). */
  entries?: { prefix: string; resolve(id: string): KbEntry | undefined };
}
