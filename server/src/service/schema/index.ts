// JSON-schema support for YAML formats (Compose today, Kubernetes next): a document converted to JS and validated by
// a compiled validator, the validator's raw errors collapsed into one clear issue per spot (oneOf/anyOf branches that
// could not apply are dropped, type alternatives merged) and placed on the offending key or value, translated to
// issue kinds the format's rules report under their own ids; and the schema's shape at a path for hover and completion.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel, YamlCheck } from '../kinds/yaml';
import type { Fix, Format } from '../types';
import { closest } from '../text';
import { isMap, isScalar, isSeq, mapPairs, toRange } from '../yaml';
import { convert, type ConvertOptions, type Converted, type Loc } from './convert';

export type IssueKind = 'unknown-key' | 'type' | 'enum' | 'required' | 'invalid';

export interface SchemaIssue {
  kind: IssueKind;
  range: Range;
  args: Record<string, string>;
  variant?: string;
  fixes?: Fix[];
}

export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
  enum?: unknown[];
  [k: string]: unknown;
}

export interface SchemaOptions {
  /** The schema (its `definitions` resolve `$ref`s). */
  root: () => SchemaNode;
  /** Its validator, compiled ahead of time. */
  validator: () => ValidateFunction;
  /** Maps whose keys are names (`/services`): an unknown key there is an invalid name, not a typo. */
  nameSections?: RegExp;
  convert?: ConvertOptions;
  /** Issues the schema cannot express (a value it leaves free that the tool rejects); mark their spots in `seen`. */
  extraIssues?(model: DocumentModel, conv: Converted, issues: SchemaIssue[], seen: Set<string>): void;
}

export interface SchemaSupport {
  root(): SchemaNode;
  /** The issues of one document, computed once per document version and shared by the rules that report them. */
  issues(model: DocumentModel, doc: YamlDocModel): SchemaIssue[];
  /** The schema node at a path (`$ref`, one level of oneOf/anyOf resolved), for completion and hover. */
  at(path: (string | number)[]): SchemaNode | undefined;
  objectBranch(n: SchemaNode | undefined): SchemaNode | undefined;
  enumValues(n: SchemaNode | undefined): string[];
  isCollection(n: SchemaNode | undefined): 'map' | 'list' | undefined;
}

export function rangeOfNode(model: DocumentModel, node: unknown): Range | undefined {
  return toRange(model.index, node as { range?: [number, number, number] });
}

export function createSchemaSupport(opts: SchemaOptions): SchemaSupport {
  const cache = new WeakMap<YamlDocModel, SchemaIssue[]>();
  const deref = (n: SchemaNode | undefined): SchemaNode | undefined => {
    let cur = n;
    for (let i = 0; i < 8 && cur && typeof cur.$ref === 'string'; i++) {
      const name = (cur.$ref as string).replace('#/definitions/', '');
      cur = opts.root().definitions?.[name];
    }
    return cur;
  };
  const objectBranch = (n: SchemaNode | undefined): SchemaNode | undefined => {
    n = deref(n);
    if (!n) return undefined;
    if (n.properties || n.patternProperties || hasType(n, 'object')) return n;
    for (const alt of alternatives(n)) {
      const o = objectBranch(alt);
      if (o) return o;
    }
    return undefined;
  };
  const arrayBranch = (n: SchemaNode | undefined): SchemaNode | undefined => {
    n = deref(n);
    if (!n) return undefined;
    if (n.items || hasType(n, 'array')) return n;
    for (const alt of alternatives(n)) {
      const a = arrayBranch(alt);
      if (a) return a;
    }
    return undefined;
  };
  const enumValues = (n: SchemaNode | undefined): string[] => {
    n = deref(n);
    if (!n) return [];
    if (Array.isArray(n.enum)) return n.enum.map(String);
    return alternatives(n).flatMap(enumValues);
  };
  const isCollection = (n: SchemaNode | undefined): 'map' | 'list' | undefined => {
    n = deref(n);
    if (!n) return undefined;
    const types = [n, ...alternatives(n).map(deref)].filter((x): x is SchemaNode => !!x);
    if (types.some((t) => hasType(t, 'string') || hasType(t, 'number') || hasType(t, 'integer') || hasType(t, 'boolean'))) return undefined;
    if (types.some((t) => t.properties || t.patternProperties || hasType(t, 'object'))) return 'map';
    if (types.some((t) => t.items || hasType(t, 'array'))) return 'list';
    return undefined;
  };
  const at = (path: (string | number)[]): SchemaNode | undefined => {
    let cur: SchemaNode | undefined = opts.root();
    for (const seg of path) {
      if (typeof seg === 'number') {
        cur = deref(arrayBranch(cur)?.items as SchemaNode | undefined);
        if (!cur) return undefined;
        continue;
      }
      cur = objectBranch(cur);
      if (!cur) return undefined;
      const next: SchemaNode | undefined = cur.properties?.[seg] ?? patternMatch(cur, seg);
      cur = deref(next);
    }
    return cur;
  };
  const compute = (model: DocumentModel, doc: YamlDocModel): SchemaIssue[] => {
    const root = doc.yaml.doc.contents;
    // An empty file (or one being started) is not an error yet; YAML syntax errors are YAML001's.
    if (!isMap(root) || mapPairs(root).length === 0 || doc.yaml.errors.length) return [];
    const conv = convert(doc, opts.convert);
    if (conv.truncated) return [];
    const validate = opts.validator();
    const errors = validate(conv.value) ? [] : collapse(validate.errors ?? []);
    const issues: SchemaIssue[] = [];
    const seen = new Set<string>();
    opts.extraIssues?.(model, conv, issues, seen);
    for (const e of errors) {
      const issue = translate(model, conv.at, conv.value, e, opts.nameSections);
      if (!issue) continue;
      const key = `${issue.range.start.line}:${issue.range.start.character}`;
      if (seen.has(key)) continue; // one diagnostic per spot (errors are sorted by priority)
      seen.add(key);
      issues.push(issue);
    }
    return issues;
  };
  return {
    root: opts.root,
    issues(model, doc) {
      let hit = cache.get(doc);
      if (!hit) cache.set(doc, (hit = compute(model, doc)));
      return hit;
    },
    at,
    objectBranch,
    enumValues,
    isCollection,
  };
}

/**
 * The rules that report one kind of schema issue (unknown key, wrong type, value not allowed, required key missing,
 * invalid form) are thin filters over the document's one validation: each is declared with this.
 */
export function schemaRule(rule: string, kind: IssueKind, formats: Format[], schema: SchemaSupport): YamlCheck {
  return {
    rule,
    formats,
    run({ model, unit: doc, report }) {
      for (const i of schema.issues(model, doc)) if (i.kind === kind) report(i.range, i.args, i.fixes, i.variant);
    },
  };
}

const alternatives = (n: SchemaNode): SchemaNode[] => [...((n.oneOf as SchemaNode[]) ?? []), ...((n.anyOf as SchemaNode[]) ?? [])];

const hasType = (n: SchemaNode, t: string) => (Array.isArray(n.type) ? n.type.includes(t) : n.type === t);

function patternMatch(n: SchemaNode, key: string): SchemaNode | undefined {
  for (const [pat, s] of Object.entries(n.patternProperties ?? {})) {
    if (pat === '^x-') continue;
    if (new RegExp(pat).test(key)) return s;
  }
  return undefined;
}

const PRIORITY: Record<string, number> = { additionalProperties: 0, required: 1, enum: 2, const: 2, pattern: 3, type: 5 };
const prio = (e: ErrorObject) => PRIORITY[e.keyword] ?? 4;

/** Drop branch noise: type errors of oneOf/anyOf branches whose type did not apply, and the combinator errors. */
export function collapse(errors: ErrorObject[]): ErrorObject[] {
  const hasOtherAtOrBelow = (p: string, self: ErrorObject, ignore: (e: ErrorObject) => boolean) =>
    errors.some((e) => e !== self && !ignore(e) && (e.instancePath === p || e.instancePath.startsWith(p + '/')));
  const combinator = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if' || e.keyword === 'not';
  let kept = errors.filter((e) => {
    if (combinator(e)) return !hasOtherAtOrBelow(e.instancePath, e, combinator);
    // A type error while another error at or below the same spot exists: some branch accepted the type.
    if (e.keyword === 'type') return !hasOtherAtOrBelow(e.instancePath, e, (x) => x.keyword === 'type' || combinator(x));
    return true;
  });
  // Merge the remaining type errors of one spot: "string or array".
  const typeAt = new Map<string, ErrorObject>();
  const enumAt = new Map<string, ErrorObject>();
  const out: ErrorObject[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    if (e.keyword === 'type') {
      const prev = typeAt.get(e.instancePath);
      const types = String((e.params as { type: string | string[] }).type).split(',');
      if (prev) {
        const p = prev.params as { type: string };
        p.type = [...new Set([...String(p.type).split(','), ...types])].join(',');
        continue;
      }
      const copy = { ...e, params: { type: types.join(',') } };
      typeAt.set(e.instancePath, copy);
      out.push(copy);
      continue;
    }
    if (e.keyword === 'enum') {
      const prev = enumAt.get(e.instancePath);
      const vals = (e.params as { allowedValues: unknown[] }).allowedValues;
      if (prev) {
        const p = prev.params as { allowedValues: unknown[] };
        p.allowedValues = [...new Set([...p.allowedValues, ...vals])];
        continue;
      }
      const copy = { ...e, params: { allowedValues: [...vals] } };
      enumAt.set(e.instancePath, copy);
      out.push(copy);
      continue;
    }
    const id = `${e.keyword}|${e.instancePath}|${JSON.stringify(e.params)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(e);
  }
  kept = out;
  // A missing required key explained by a misspelt one next to it (`condtion` for `condition`): keep the typo only.
  kept = kept.filter((e) => {
    if (e.keyword !== 'required') return true;
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return !kept.some((x) => x.keyword === 'additionalProperties' && x.instancePath === e.instancePath && suggestionFor(x) === missing);
  });
  return kept.sort((a, b) => prio(a) - prio(b));
}

function suggestionFor(e: ErrorObject): string | undefined {
  const prop = (e.params as { additionalProperty: string }).additionalProperty;
  const parent = e.parentSchema as SchemaNode | undefined;
  const names = Object.keys(parent?.properties ?? {});
  if (!names.length) return undefined;
  return closest(prop, names);
}

/** A readable name for a pointer: `services.web.ports[0]`. */
export function pointerLabel(ptr: string): string {
  if (!ptr) return '(root)';
  let out = '';
  for (const raw of ptr.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(seg) ? `[${seg}]` : (out ? '.' : '') + seg;
  }
  return out;
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

function valueAt(root: unknown, ptr: string): unknown {
  let cur = root;
  if (!ptr) return cur;
  for (const raw of ptr.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[seg];
    else return undefined;
  }
  return cur;
}

/** The range to mark for a pointer: a scalar value itself; for a collection its key (a whole block is too much). */
export function spot(model: DocumentModel, loc: Loc | undefined, preferKey = false): Range | undefined {
  if (!loc) return undefined;
  const { node, key } = loc;
  if (!preferKey && node && isScalar(node)) {
    const r = rangeOfNode(model, node);
    if (r && (r.start.line !== r.end.line || r.start.character !== r.end.character)) return r;
  }
  if (key) return rangeOfNode(model, key);
  if (node && (isMap(node) || isSeq(node))) {
    const r = rangeOfNode(model, node);
    if (r) return { start: r.start, end: r.start.line === r.end.line ? r.end : { line: r.start.line, character: model.index.lineText(r.start.line).length } };
  }
  return node ? rangeOfNode(model, node) : undefined;
}

function firstLine(model: DocumentModel): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: model.index.lineText(0).length } };
}

function translate(model: DocumentModel, at: Map<string, Loc>, root: unknown, e: ErrorObject, nameSections?: RegExp): SchemaIssue | undefined {
  const p = e.instancePath;
  const where = pointerLabel(p);
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = (e.params as { additionalProperty: string }).additionalProperty;
      const childPtr = `${p}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const range = spot(model, at.get(childPtr), true) ?? spot(model, at.get(p), true) ?? firstLine(model);
      if (nameSections?.test(p)) {
        return { kind: 'invalid', range, args: { key: prop, where }, variant: 'name' };
      }
      const suggestion = suggestionFor(e);
      const args: Record<string, string> = { key: prop, where: where === '(root)' ? 'top level' : where };
      const keyNode = at.get(childPtr)?.key;
      const siblings = new Set(Object.keys((valueAt(root, p) as Record<string, unknown>) ?? {}));
      if (suggestion && !siblings.has(suggestion)) {
        args.suggestion = suggestion;
        const r = keyNode && isScalar(keyNode) && !isQuoted(keyNode) ? rangeOfNode(model, keyNode) : undefined;
        const fixes: Fix[] | undefined = r ? [{ titleId: 'rename', args: { key: prop, suggestion }, edits: [{ range: r, newText: suggestion }], preferred: true }] : undefined;
        return { kind: 'unknown-key', range, args, variant: p === '' ? 'topSuggest' : 'suggest', fixes };
      }
      return { kind: 'unknown-key', range, args, variant: p === '' ? 'top' : undefined };
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      const range = spot(model, at.get(p), true) ?? firstLine(model);
      return { kind: 'required', range, args: { key: where, property: missing } };
    }
    case 'type': {
      const expected = String((e.params as { type: string }).type).split(',');
      const actual = typeName(valueAt(root, p));
      return { kind: 'type', range: spot(model, at.get(p)) ?? firstLine(model), args: { key: where, expected: expected.map((t) => `\`${t}\``).join(', '), actual: `\`${actual}\`` } };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => `\`${String(v)}\``).join(', ');
      return { kind: 'enum', range: spot(model, at.get(p)) ?? firstLine(model), args: { key: where, value: String(valueAt(root, p)), allowed } };
    }
    case 'pattern':
      return { kind: 'invalid', range: spot(model, at.get(p)) ?? firstLine(model), args: { key: where, value: String(valueAt(root, p)), pattern: String((e.params as { pattern: string }).pattern) }, variant: 'pattern' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { kind: 'invalid', range: spot(model, at.get(p)) ?? firstLine(model), args: { key: where, value: String(valueAt(root, p)), limit: `${(e.params as { comparison: string }).comparison} ${(e.params as { limit: number }).limit}` }, variant: 'limit' };
    case 'uniqueItems': {
      const j = (e.params as { j: number }).j;
      return { kind: 'invalid', range: spot(model, at.get(`${p}/${j}`)) ?? spot(model, at.get(p)) ?? firstLine(model), args: { key: where, value: String((valueAt(root, `${p}/${j}`) as unknown) ?? '') }, variant: 'duplicate' };
    }
    default:
      return { kind: 'invalid', range: spot(model, at.get(p)) ?? firstLine(model), args: { key: where, detail: e.message ?? e.keyword }, variant: 'other' };
  }
}

function isQuoted(node: unknown): boolean {
  const t = (node as { type?: string }).type;
  return t === 'QUOTE_DOUBLE' || t === 'QUOTE_SINGLE';
}

