// The YAML file kind: every document of a `.yaml`/`.yml` file (or of a document the editor calls yaml, dockercompose
// or ansible), parsed once, each classified into one of our formats or none. The YAML version decision for Ansible
// lives here, once: a file is parsed at most twice.
import type { DocumentModel, DocumentUnit, FileKindParser, ParseResult } from '../model';
import type { Format } from '../types';
import type { UnitCheck } from '../rules/check';
import type { FeatureContext } from '../provider';
import { classifyYamlDoc, looksLikeGoTemplate, probablyAnsible } from '../classify';
import { basename } from '../common/paths';
import { MAX_YAML_DEPTH, MAX_YAML_TOKENS, getValue, isMap, parseYamlFile, pathAt, scalarString, YamlLimitError, type PathAt, type YamlDoc, type YamlFile } from '../yaml';
import { reparseYamlFile } from '../yaml/incremental';

/** YAML parsing costs ~0.1 ms per document: a file with more documents than this is not analysed. */
export const MAX_YAML_DOCUMENTS = 5000;

/** One document of a YAML file, with the format it is in. */
export interface YamlDocModel extends DocumentUnit {
  yaml: YamlDoc;
  /** Kubernetes and kustomize documents: `kind` and `apiVersion` when they are plain strings. */
  kind?: string;
  apiVersion?: string;
}

/** The parse of a YAML model (its documents are the model's units), or undefined for other kinds. */
export function yamlFileOf(model: DocumentModel): YamlFile | undefined {
  return model.kind === YAML_KIND && !model.skipped ? (model.parsed as YamlFile | undefined) : undefined;
}

/** The documents of a YAML model. */
export function yamlDocs(model: DocumentModel): readonly YamlDocModel[] {
  return model.kind === YAML_KIND ? (model.units as readonly YamlDocModel[]) : [];
}

export const YAML_KIND = 'yaml';
/** The `kind` given to a kustomize document that is a JSON 6902 patch (a list of operations), for its hovers and checks. */
export const JSON_PATCH_KIND = 'JsonPatch';

function countDocumentMarkers(text: string, stopAt: number): number {
  let n = 0;
  const re = /^---(?=[ \t\r\n]|$)/gm;
  while (re.exec(text) && ++n <= stopAt);
  return n;
}

function classifyDoc(yaml: YamlDoc, ctx: { path: string; languageId?: string }): YamlDocModel {
  const format = classifyYamlDoc(yaml, ctx);
  const m: YamlDocModel = { format, start: yaml.start, end: yaml.end, yaml };
  if (format === 'kubernetes' || format === 'kustomize') {
    const root = yaml.doc.contents;
    if (isMap(root)) {
      m.kind = scalarString(getValue(root, 'kind'));
      m.apiVersion = scalarString(getValue(root, 'apiVersion'));
    } else if (format === 'kustomize') m.kind = JSON_PATCH_KIND; // a list of JSON 6902 operations
  }
  return m;
}

const isAnsible = (f: Format | null) => !!f && f.startsWith('ansible');

export interface YamlKindOptions {
  /** The full parse (a test counts its calls). */
  parse?: (text: string, version: '1.1' | '1.2') => YamlFile;
}

export function createYamlKind(opts: YamlKindOptions = {}): FileKindParser<YamlDocModel, PathAt> {
  const parse = opts.parse ?? parseYamlFile;
  return {
    kind: YAML_KIND,
    claims: (path, languageId) =>
      languageId === 'yaml' || languageId === 'dockercompose' || languageId === 'ansible' || /\.ya?ml$/i.test(basename(path)) || basename(path) === 'Kustomization',
    parse({ path, text, languageId, previous }): ParseResult {
      if (looksLikeGoTemplate(text)) return { units: [], skipped: 'template' };
      if (countDocumentMarkers(text, MAX_YAML_DOCUMENTS) > MAX_YAML_DOCUMENTS) return { units: [], skipped: 'too-many-documents', skipLimit: MAX_YAML_DOCUMENTS };
      const ctx = { path, languageId };
      const prev = previous ? yamlFileOf(previous) : undefined;
      // A parse that fails: too deep or too many tokens (reported where); anything else the parser throws is
      // reported as unparsable by the model.
      const limit = (e: unknown): ParseResult => {
        if (!(e instanceof YamlLimitError)) throw e;
        return e.limit === 'depth'
          ? { units: [], skipped: 'too-deep', skippedAt: e.offset, skipLimit: MAX_YAML_DEPTH }
          : { units: [], skipped: 'too-many-tokens', skippedAt: e.offset, skipLimit: MAX_YAML_TOKENS };
      };
      // Ansible reads YAML 1.1 (`yes`/`no` are booleans there), everything else 1.2. Parse in the version the
      // previous version of the document had, else the one the path and the first line suggest. When the
      // documents' formats say the guess was wrong, parse once more in the other version: that one is final.
      const guess = prev?.version ?? (probablyAnsible(path, text, languageId) ? '1.1' : '1.2');
      let file: YamlFile;
      try {
        // After an edit, only the document the edit touched is parsed again (yaml/incremental.ts; the previous
        // model's documents are reused, so that model must not be used afterwards).
        file = (prev && previous && reparseYamlFile(prev, previous.text, text)) || parse(text, guess);
      } catch (e) {
        return limit(e);
      }
      let docs = file.docs.map((d) => classifyDoc(d, ctx));
      if ((file.version === '1.1') !== docs.some((d) => isAnsible(d.format))) {
        const other = file.version === '1.1' ? '1.2' : '1.1';
        try {
          file = parse(text, other);
          docs = file.docs.map((d) => classifyDoc(d, ctx));
        } catch (e) {
          // 1.1 guessed wrong: the file must be read as 1.2, so its limits hold. An Ansible file that 1.1 cannot
          // read keeps its 1.2 parse.
          if (other === '1.2') return limit(e);
        }
      }
      return { units: docs, parsed: file };
    },
    cursor: (_model, unit, offset) => pathAt(unit.yaml.doc, offset),
  };
}

export const yamlKind = createYamlKind();

/** What a YAML format's features get: the document under the cursor, and the cursor's path in it. */
export type YamlFeatureContext = FeatureContext<YamlDocModel, PathAt>;

/** A check on YAML documents of some formats. */
export type YamlCheck = UnitCheck<YamlDocModel>;
