// The document model: everything the features need, parsed once per document version.
import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';
import { LineIndex } from './text';
import type { Format } from './types';
import { classifyYamlDoc, fileKind, looksLikeGoTemplate, type FileKind } from './classify';
import { parseYamlFile, getValue, scalarString, isMap, type YamlDoc, type YamlFile } from './yaml';
import { parseSuppressions, type Suppressions } from './rules/suppress';

/** Files above this size are not analysed (a diagnostic says so). */
export const MAX_TEXT_LENGTH = 5 * 1024 * 1024;

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
  skipped?: 'too-large' | 'binary' | 'template';
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
    model.dockerfile = DockerfileParser.parse(text);
    model.formats.add('dockerfile');
  } else if (kind === 'yaml') {
    if (looksLikeGoTemplate(text)) {
      model.skipped = 'template';
      return model;
    }
    const ctx = { path, languageId: input.languageId };
    let file = parseYamlFile(text, '1.2');
    let docs = file.docs.map((yaml) => classifyDoc(yaml, ctx));
    if (docs.some((d) => d.format?.startsWith('ansible'))) {
      // Ansible reads YAML 1.1 (`yes`/`no` are booleans there): parse again, once, in that version.
      file = parseYamlFile(text, '1.1');
      docs = file.docs.map((yaml) => classifyDoc(yaml, ctx));
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

/** The YAML document of a model that holds an offset. */
export function yamlDocAt(model: DocumentModel, offset: number): YamlDocModel | undefined {
  const docs = model.yaml?.docs ?? [];
  for (const d of docs) if (offset >= d.yaml.start && offset <= d.yaml.end) return d;
  return docs[docs.length - 1];
}
