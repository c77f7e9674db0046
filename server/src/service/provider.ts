import type { CompletionItemKind, InsertTextFormat, Location, Position, Range } from 'vscode-languageserver-types';
import type { DocumentModel, YamlDocModel } from './model';
import type { KbHit, Format } from './types';
import type { KnowledgeBase } from './kb/knowledgeBase';
import type { Check } from './rules/check';
import type { WorkspaceFs } from './workspace/fs';

/** Everything a feature needs about the cursor, computed once per request. */
export interface FeatureContext {
  model: DocumentModel;
  position: Position;
  offset: number;
  kb: KnowledgeBase;
  /** The YAML document under the cursor, for YAML formats. */
  doc?: YamlDocModel;
  fs: WorkspaceFs;
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
  /** A short detail line; a knowledge-base entry's title is used when absent. */
  detail?: string;
  sortText?: string;
  filterText?: string;
  /** Ask the editor to re-trigger completion after inserting (e.g. after `key: `). */
  retrigger?: boolean;
  /** Sets InsertTextFormat explicitly when needed. */
  format?: InsertTextFormat;
}

/** One format's features. Each is optional: a format grows feature by feature. */
export interface FormatProvider {
  formats: Format[];
  checks: readonly Check[];
  hover?(ctx: FeatureContext): KbHit | null;
  complete?(ctx: FeatureContext): CompletionSpec[];
  definition?(ctx: FeatureContext): Location[];
}
