// The document model: one file, parsed once per document version by the parser of its file kind. This module knows
// no format and no parser: each file kind registers a FileKindParser (formats.ts lists them), and what a parser
// produces is read through that kind's own helpers (`yamlFileOf`, `dockerfileOf`, `inventoryOf`).
import { LineIndex } from './text';
import type { Format } from './types';

/** Files above this size are not analysed (a diagnostic says so). */
export const MAX_TEXT_LENGTH = 5 * 1024 * 1024;

/** Why a document is not analysed. */
export type SkipReason = 'too-large' | 'line-too-long' | 'too-many-documents' | 'too-deep' | 'too-many-tokens' | 'binary' | 'template' | 'unparsable';

/**
 * A part of a file that is in one format: a whole Dockerfile, one document of a YAML file, an inventory. Checks run
 * per unit, features ask for the unit under the cursor. A kind's parser returns its own unit type, extending this.
 */
export interface DocumentUnit {
  /** `null`: none of ours (plain YAML in a multi-document file): left alone. */
  format: Format | null;
  /** Offsets of the unit in the file. */
  start: number;
  end: number;
}

export interface DocumentModel {
  uri: string;
  /** File-system path (or the URI's path) used for name-based classification. */
  path: string;
  version: number;
  languageId?: string;
  text: string;
  index: LineIndex;
  /** The file kind of the parser that read it (`dockerfile`, `yaml`, `inventory`), or `other`. */
  kind: string;
  /** Why the document is not analysed, if it is not. */
  skipped?: SkipReason;
  /** Where the reason to skip was found (the offset where the nesting went too deep or the tokens ran out). */
  skippedAt?: number;
  /** The limit that was crossed (bytes, characters, levels, tokens or documents, by reason), for the message. */
  skipLimit?: number;
  /** The parts of the file, in text order. */
  units: readonly DocumentUnit[];
  formats: Set<Format>;
  /** What the kind's parser produced besides its units (read through the kind's helpers, never directly). */
  parsed?: unknown;
}

export interface ParseInput {
  uri: string;
  path?: string;
  text: string;
  version?: number;
  languageId?: string;
  /** The model of the previous version of this document: a parser may reuse what an edit did not touch. */
  previous?: DocumentModel;
}

/** What a file kind's parser returns for one text. */
export interface ParseResult {
  units: DocumentUnit[];
  parsed?: unknown;
  skipped?: SkipReason;
  skippedAt?: number;
  skipLimit?: number;
  /** The text as the parser read it, when it had to normalise it (same length: offsets stay valid). */
  text?: string;
}

/** The text a parser reads, with where it comes from. */
export interface ParserInput {
  path: string;
  text: string;
  languageId?: string;
  /** The previous model of the same document, when it was read by this parser and not skipped. */
  previous?: DocumentModel;
}

/**
 * A file kind: which files it reads (by path and language id), how it parses them into units, and how it finds the
 * unit and the cursor at an offset. Adding a kind (a new syntax) is writing one of these and listing it in
 * formats.ts; nothing else in the service changes.
 */
export interface FileKindParser<U extends DocumentUnit = DocumentUnit, C = unknown> {
  kind: string;
  /** Whether a file of this path / language id is of this kind (the first parser that claims a file reads it). */
  claims(path: string, languageId?: string): boolean;
  parse(input: ParserInput): ParseResult;
  /** The cursor at an offset of one of its units, computed once per request (a YAML path, an instruction). */
  cursor?(model: DocumentModel, unit: U, offset: number): C;
}

export function uriToPath(uri: string): string {
  if (!uri.startsWith('file://')) return uri.replace(/^[a-z][\w+.-]*:\/*/i, '/');
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri.slice(7);
  }
}

function looksBinary(text: string): boolean {
  const head = text.length > 8192 ? text.slice(0, 8192) : text;
  return head.includes('\u0000');
}

/** The parser that reads a file, if any. */
export function parserFor(parsers: readonly FileKindParser[], path: string, languageId?: string): FileKindParser | undefined {
  return parsers.find((p) => p.claims(path, languageId));
}

/**
 * Parse a text with the parser of its kind. The checks every kind shares come first: a text too large to analyse,
 * binary content. A parser that throws leaves the document unanalysed ('unparsable') rather than failing the request.
 */
export function parseWith(parsers: readonly FileKindParser[], input: ParseInput): DocumentModel {
  const path = input.path ?? uriToPath(input.uri);
  const parser = parserFor(parsers, path, input.languageId);
  const model: DocumentModel = {
    uri: input.uri,
    path,
    version: input.version ?? 0,
    languageId: input.languageId,
    text: input.text,
    index: undefined as unknown as LineIndex,
    kind: parser?.kind ?? 'other',
    units: [],
    formats: new Set(),
  };
  const done = () => {
    model.index = new LineIndex(model.text);
    return model;
  };
  if (!parser) return done();
  if (input.text.length > MAX_TEXT_LENGTH) {
    [model.skipped, model.skipLimit] = ['too-large', MAX_TEXT_LENGTH];
    return done();
  }
  if (looksBinary(input.text)) {
    model.skipped = 'binary';
    return done();
  }
  const previous = input.previous?.path === path && input.previous.kind === parser.kind && !input.previous.skipped ? input.previous : undefined;
  let result: ParseResult;
  try {
    result = parser.parse({ path, text: input.text, languageId: input.languageId, previous });
  } catch {
    model.skipped = 'unparsable';
    return done();
  }
  if (result.text !== undefined) model.text = result.text;
  model.units = result.units;
  model.parsed = result.parsed;
  model.skipped = result.skipped;
  model.skippedAt = result.skippedAt;
  model.skipLimit = result.skipLimit;
  if (!model.skipped) for (const u of result.units) if (u.format) model.formats.add(u.format);
  return done();
}

/**
 * The unit of a model that holds an offset (the first one, where two touch), else the last unit. Units are in text
 * order: a binary search, so a hover in a 50,000-line manifest costs no scan of it.
 */
export function unitAt<U extends DocumentUnit>(model: DocumentModel, offset: number): U | undefined {
  const units = model.units as readonly U[];
  // The last unit that starts at or before the offset …
  let lo = 0;
  let hi = units.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // … or an earlier one that ends at the offset (two units touch there).
  while (found > 0 && units[found - 1].end >= offset) found--;
  if (found >= 0 && offset <= units[found].end) return units[found];
  return units[units.length - 1];
}
