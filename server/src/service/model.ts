// The document model: everything the features need, parsed once per document version.
import type { Dockerfile } from 'dockerfile-ast';
import { parseDockerfile } from './dockerfile/parse';
import { LineIndex } from './text';
import type { Format } from './types';
import { classifyYamlDoc, fileKind, looksLikeGoTemplate, probablyAnsible, type FileKind } from './classify';
import { parseYamlFile, getValue, scalarString, isMap, YamlLimitError, type YamlDoc, type YamlFile } from './yaml';
import { reparseYamlFile } from './yaml/incremental';
import { parseSuppressions, type Suppressions } from './rules/suppress';

/** Files above this size are not analysed (a diagnostic says so). */
export const MAX_TEXT_LENGTH = 5 * 1024 * 1024;
/**
 * Dockerfiles are small in real life (a 2,000-line one is ~80 KB), and the Dockerfile parser slows down sharply on
 * huge inputs and very long lines, so they get tighter limits: the work per keystroke stays bounded.
 */
export const MAX_DOCKERFILE_LENGTH = 512 * 1024;
export const MAX_DOCKERFILE_LINE = 16 * 1024;
/** YAML parsing costs ~0.1 ms per document: a file with more documents than this is not analysed. */
export const MAX_YAML_DOCUMENTS = 5000;

function countDocumentMarkers(text: string, stopAt: number): number {
  let n = 0;
  const re = /^---(?=[ \t\r\n]|$)/gm;
  while (re.exec(text) && ++n <= stopAt);
  return n;
}

function longestLine(text: string): number {
  let max = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    max = Math.max(max, i - start);
    start = i + 1;
  }
  return Math.max(max, text.length - start);
}

export interface YamlDocModel {
  yaml: YamlDoc;
  format: Format | null;
  /** Kubernetes documents: `kind` and `apiVersion` when they are plain strings. */
  kind?: string;
  apiVersion?: string;
}

export interface DocumentModel {
  uri: string;
  /** File-system path (or the URI's path) used for name-based classification. */
  path: string;
  version: number;
  languageId?: string;
  text: string;
  index: LineIndex;
  kind: FileKind;
  /** Why the document is not analysed, if it is not. */
  skipped?: 'too-large' | 'line-too-long' | 'too-many-documents' | 'too-deep' | 'too-many-tokens' | 'binary' | 'template' | 'unparsable';
  /** Where the reason to skip was found (the offset where the nesting went too deep or the tokens ran out). */
  skippedAt?: number;
  dockerfile?: Dockerfile;
  yaml?: { file: YamlFile; docs: YamlDocModel[] };
  formats: Set<Format>;
  suppressions: Suppressions;
}

export interface ParseInput {
  uri: string;
  path?: string;
  text: string;
  version?: number;
  languageId?: string;
  /** The model of the previous version of this document: its unchanged YAML documents are reused (and moved). */
  previous?: DocumentModel;
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

export function parseDocument(input: ParseInput): DocumentModel {
  const path = input.path ?? uriToPath(input.uri);
  const kind = fileKind(path, input.languageId);
  // A byte-order mark: YAML's parser understands it; for a Dockerfile it becomes a space (offsets are kept).
  const text = kind === 'dockerfile' && input.text.charCodeAt(0) === 0xfeff ? ' ' + input.text.slice(1) : input.text;
  const model: DocumentModel = {
    uri: input.uri,
    path,
    version: input.version ?? 0,
    languageId: input.languageId,
    text,
    index: new LineIndex(text),
    kind,
    formats: new Set(),
    suppressions: parseSuppressions(text.length > MAX_TEXT_LENGTH ? '' : text),
  };
  if (kind === 'other') return model;
  if (text.length > MAX_TEXT_LENGTH) {
    model.skipped = 'too-large';
    return model;
  }
  if (looksBinary(text)) {
    model.skipped = 'binary';
    return model;
  }
  if (kind === 'dockerfile') {
    if (text.length > MAX_DOCKERFILE_LENGTH) {
      model.skipped = 'too-large';
      return model;
    }
    if (longestLine(text) > MAX_DOCKERFILE_LINE) {
      model.skipped = 'line-too-long';
      return model;
    }
    model.dockerfile = parseDockerfile(text);
    model.formats.add('dockerfile');
  } else if (kind === 'yaml') {
    if (looksLikeGoTemplate(text)) {
      model.skipped = 'template';
      return model;
    }
    if (countDocumentMarkers(text, MAX_YAML_DOCUMENTS) > MAX_YAML_DOCUMENTS) {
      model.skipped = 'too-many-documents';
      return model;
    }
    const ctx = { path, languageId: input.languageId };
    // After an edit, only the document the edit touched is parsed again (yaml/incremental.ts; the previous
    // model's documents are reused, so that model must not be used afterwards).
    const prev = input.previous?.path === path && !input.previous.skipped ? input.previous : undefined;
    // A parse that fails: too deep (reported where), or anything else the parser throws (reported as such).
    const skip = (e: unknown): DocumentModel => {
      if (!(e instanceof YamlLimitError)) model.skipped = 'unparsable';
      else [model.skipped, model.skippedAt] = [e.limit === 'depth' ? 'too-deep' : 'too-many-tokens', e.offset];
      return model;
    };
    // Ansible reads YAML 1.1 (`yes`/`no` are booleans there), everything else 1.2: parse in the version the
    // previous version of the document had, else the one the path and the first line suggest; a wrong guess is
    // corrected below by a second parse.
    const version = prev?.yaml?.file.version ?? (probablyAnsible(path, text, input.languageId) ? '1.1' : '1.2');
    let file: YamlFile;
    try {
      file = (prev?.yaml && reparseYamlFile(prev.yaml.file, prev.text, text)) || parseYamlFile(text, version);
    } catch (e) {
      return skip(e);
    }
    let docs = file.docs.map((yaml) => classifyDoc(yaml, ctx));
    if (file.version === '1.1' && !docs.some((d) => d.format?.startsWith('ansible'))) {
      // Parsed as Ansible but it is not (or no longer) one: YAML 1.2 again, as a fresh parse would give.
      try {
        file = parseYamlFile(text, '1.2');
        docs = file.docs.map((yaml) => classifyDoc(yaml, ctx));
      } catch (e) {
        return skip(e);
      }
    }
    if (file.version === '1.2' && docs.some((d) => d.format?.startsWith('ansible'))) {
      // An Ansible file the guess missed: parse again, once, in YAML 1.1.
      try {
        file = parseYamlFile(text, '1.1');
        docs = file.docs.map((yaml) => classifyDoc(yaml, ctx));
      } catch {
        /* keep the 1.2 parse */
      }
    }
    model.yaml = { file, docs };
    for (const d of docs) if (d.format) model.formats.add(d.format);
  } else if (kind === 'inventory') {
    model.formats.add('ansible-inventory');
  }
  return model;
}

function classifyDoc(yaml: YamlDoc, ctx: { path: string; languageId?: string }): YamlDocModel {
  const format = classifyYamlDoc(yaml, ctx);
  const m: YamlDocModel = { yaml, format };
  if (format === 'kubernetes' || format === 'kustomize') {
    const root = yaml.doc.contents;
    if (isMap(root)) {
      m.kind = scalarString(getValue(root, 'kind'));
      m.apiVersion = scalarString(getValue(root, 'apiVersion'));
    }
  }
  return m;
}

/**
 * The YAML document of a model that holds an offset (the first one, where two touch), else the last document.
 * Documents are in text order: a binary search, so a hover in a 50,000-line manifest costs no scan of it.
 */
export function yamlDocAt(model: DocumentModel, offset: number): YamlDocModel | undefined {
  const docs = model.yaml?.docs ?? [];
  // The last document that starts at or before the offset …
  let lo = 0;
  let hi = docs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid].yaml.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // … or an earlier one that ends at the offset (two documents touch there).
  while (found > 0 && docs[found - 1].yaml.end >= offset) found--;
  if (found >= 0 && offset <= docs[found].yaml.end) return docs[found];
  return docs[docs.length - 1];
}
