// Parsing YAML text: every document of a file, once, bounded in nesting, tokens and errors (hostile input stays cheap).
import { Composer, Lexer, Parser, parseDocument, parse as parsePlain } from 'yaml';
import type { Document } from 'yaml';

export interface YamlError {
  message: string;
  code: string;
  start: number;
  end: number;
}

/** One YAML document of a file, with its offsets in the file. */
export interface YamlDoc {
  index: number;
  doc: Document.Parsed;
  start: number;
  end: number;
  errors: YamlError[];
  warnings: YamlError[];
}

export interface YamlFile {
  docs: YamlDoc[];
  version: '1.1' | '1.2';
}

/**
 * Deeper than this (open collections at one point, block and flow together) and a text is not composed: yaml's
 * composer recurses once per level, so 10,000 `[` overflow the stack, and far fewer already make the parse slow.
 * Real files stay far below it (a Kubernetes CRD's OpenAPI schema, among the deepest, is about 60).
 */
export const MAX_YAML_DEPTH = 256;
/**
 * More lexical tokens than this and a text is not composed (about 90,000 lines of an ordinary manifest). Parsing costs about 2 µs and a few hundred bytes per
 * token whatever the text says; ordinary YAML has about one token per 3 characters (a 50,000-line manifest: 330,000),
 * but a line of 1,000,000 `- ` or `""` has two per character and would take seconds and gigabytes.
 */
export const MAX_YAML_TOKENS = 600_000;

/**
 * Syntax errors (and warnings) kept per file; the rest are dropped as they come. YAML001 shows 100; a line of
 * 100,000 stray `{` makes 100,000 of them, and building them was a third of its parse.
 */
export const MAX_YAML_ERRORS = 1000;

/** Thrown by the parse functions below when a text nests deeper than MAX_YAML_DEPTH or has too many tokens. */
export class YamlLimitError extends Error {
  constructor(
    readonly limit: 'depth' | 'tokens',
    readonly offset: number,
  ) {
    super(limit === 'depth' ? `YAML nested deeper than ${MAX_YAML_DEPTH} levels` : `YAML with more than ${MAX_YAML_TOKENS} tokens`);
  }
}

const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: false, keepSourceTokens: false } as const;

/**
 * parseAllDocuments, with the nesting and token bounds checked between the lexer and the composer: the lexer and the CST
 * parser are linear and keep their own stack, so the depth is known before anything recursive runs.
 */
export function parseAllBounded(text: string, version: '1.1' | '1.2'): Document.Parsed[] {
  const parser = new Parser();
  // Errors and warnings of the whole file, counted where they arise: in the composer (its onError) and as the
  // parser's error tokens, which the composer records without it. Past MAX_YAML_ERRORS they are dropped.
  let errors = 0;
  function* capped<T extends { type: string }>(tokens: Iterable<T>) {
    for (const token of tokens) if (token.type !== 'error' || ++errors <= MAX_YAML_ERRORS) yield token;
  }
  function* cst() {
    let tokens = 0;
    for (const lexeme of new Lexer().lex(text)) {
      yield* capped(parser.next(lexeme));
      if (parser.stack.length > MAX_YAML_DEPTH) throw new YamlLimitError('depth', Math.min(parser.offset, text.length));
      if (++tokens > MAX_YAML_TOKENS) throw new YamlLimitError('tokens', Math.min(parser.offset, text.length));
    }
    yield* capped(parser.end());
  }
  // Every syntax error is an Error object; with thousands of them (a line of 100,000 quotes) capturing their
  // stack traces is most of the parse, and nobody reads those traces.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const composer = new Composer({ version, ...PARSE_OPTIONS });
    // `onError` is the composer's (TypeScript-private) sink for every error and warning it finds; it is read each
    // time a document is composed, so wrapping it caps them all. (A unit test checks the cap holds.)
    const sink = composer as unknown as { onError: (...args: unknown[]) => void };
    const record = sink.onError;
    sink.onError = (...args) => {
      if (++errors <= MAX_YAML_ERRORS) record(...args);
    };
    return Array.from(composer.compose(cst())) as Document.Parsed[];
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function toYamlError(e: { message: string; code: string; pos: [number, number] }): YamlError {
  return { message: e.message.split('\n')[0], code: e.code, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) };
}

/**
 * Parse every document of a YAML text once. Never resolves aliases (so an alias bomb costs nothing here).
 * Throws YamlLimitError for a text nested deeper than MAX_YAML_DEPTH or longer than MAX_YAML_TOKENS tokens.
 */
export function parseYamlFile(text: string, version: '1.1' | '1.2' = '1.2'): YamlFile {
  const parsed = parseAllBounded(text, version);
  // An empty text has no documents; keep one empty document so name-based classification still applies.
  const list = parsed.length ? parsed : [parseDocument(text, { version }) as Document.Parsed];
  const docs: YamlDoc[] = list.map((doc, index) => {
    const range = doc.range ?? [0, text.length, text.length];
    return { index, doc, start: range[0], end: range[2], errors: doc.errors.map(toYamlError), warnings: doc.warnings.map(toYamlError) };
  });
  return { docs, version };
}

/** Plain YAML → JS for our own trusted data files (knowledge base, rules). */
export function parseDataYaml(text: string): unknown {
  return parsePlain(text, { maxAliasCount: 100 });
}
