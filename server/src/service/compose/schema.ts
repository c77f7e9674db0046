// Compose Specification schema validation: the vendored schema's validator is compiled ahead of time
// (validate.generated.ts, ajv standalone code written by scripts/update-compose-schema.mjs); ajv's raw errors are collapsed into one clear issue per spot (oneOf/anyOf branches that could not
// apply are dropped, type alternatives merged) and placed on the offending key or value.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate as generatedValidate } from './validate.generated';
import type { Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import type { Fix } from '../types';
import { closest } from '../text';
import { isMap, isScalar, isSeq, mapPairs } from '../yaml';
import { COMPOSE_SPEC_JSON } from './spec';
import { convert, rangeOf, type Loc } from './document';

export type IssueKind = 'unknown-key' | 'type' | 'enum' | 'required' | 'invalid';

export interface SchemaIssue {
  kind: IssueKind;
  range: Range;
  args: Record<string, string>;
  variant?: string;
  fixes?: Fix[];
}

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
  enum?: unknown[];
  [k: string]: unknown;
}

let spec: SchemaNode | undefined;

/** The Compose Specification schema as parsed JSON (for completion and the tests). */
export function composeSpec(): SchemaNode {
  return (spec ??= JSON.parse(COMPOSE_SPEC_JSON) as SchemaNode);
}

/** The Compose Specification validator (compiled at build time; its options are in scripts/update-compose-schema.mjs). */
export function composeValidator(): ValidateFunction {
  return generatedValidate as unknown as ValidateFunction;
}

const cache = new WeakMap<YamlDocModel, SchemaIssue[]>();

/** Schema issues of one Compose document (computed once per document version, shared by DC001–DC005). */
export function schemaIssues(model: DocumentModel, doc: YamlDocModel): SchemaIssue[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const issues = computeIssues(model, doc);
  cache.set(doc, issues);
  return issues;
}

const NAME_SECTIONS = /^\/(services|volumes|networks|secrets|configs|models)$/;

function computeIssues(model: DocumentModel, doc: YamlDocModel): SchemaIssue[] {
  const root = doc.yaml.doc.contents;
  // An empty file (or one being started) is not an error yet; YAML syntax errors are YAML001's.
  if (!isMap(root) || mapPairs(root).length === 0 || doc.yaml.errors.length) return [];
  const conv = convert(doc);
  if (conv.truncated) return [];
  const validate = composeValidator();
  const errors = validate(conv.value) ? [] : collapse(validate.errors ?? []);
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  restartIssues(model, conv, issues, seen);
  for (const e of errors) {
    const issue = translate(model, conv.at, conv.value, e);
    if (!issue) continue;
    const key = `${issue.range.start.line}:${issue.range.start.character}`;
    if (seen.has(key)) continue; // one diagnostic per spot (errors are sorted by priority)
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

const RESTART = /^(?:no|always|unless-stopped|on-failure(?::\d+)?)$/;

/** `restart` is a free string in the schema, but Docker only knows four policies (`up` fails on anything else). */
function restartIssues(model: DocumentModel, conv: ReturnType<typeof convert>, issues: SchemaIssue[], seen: Set<string>): void {
  const services = (conv.value as { services?: Record<string, unknown> })?.services;
  if (!services || typeof services !== 'object') return;
  for (const [name, svc] of Object.entries(services)) {
    const v = (svc as { restart?: unknown } | null)?.restart;
    if (typeof v !== 'string' || RESTART.test(v) || /\$/.test(v)) continue;
    const ptr = `/services/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/restart`;
    const range = spot(model, conv.at.get(ptr));
    if (!range) continue;
    seen.add(`${range.start.line}:${range.start.character}`);
    issues.push({ kind: 'enum', range, args: { key: pointerLabel(ptr), value: v, allowed: '`no`, `always`, `on-failure`, `on-failure:<n>`, `unless-stopped`' } });
  }
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
function spot(model: DocumentModel, loc: Loc | undefined, preferKey = false): Range | undefined {
  if (!loc) return undefined;
  const { node, key } = loc;
  if (!preferKey && node && isScalar(node)) {
    const r = rangeOf(model, node);
    if (r && (r.start.line !== r.end.line || r.start.character !== r.end.character)) return r;
  }
  if (key) return rangeOf(model, key);
  if (node && (isMap(node) || isSeq(node))) {
    const r = rangeOf(model, node);
    if (r) return { start: r.start, end: r.start.line === r.end.line ? r.end : { line: r.start.line, character: model.index.lineText(r.start.line).length } };
  }
  return node ? rangeOf(model, node) : undefined;
}

function firstLine(model: DocumentModel): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: model.index.lineText(0).length } };
}

function translate(model: DocumentModel, at: Map<string, Loc>, root: unknown, e: ErrorObject): SchemaIssue | undefined {
  const p = e.instancePath;
  const where = pointerLabel(p);
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = (e.params as { additionalProperty: string }).additionalProperty;
      const childPtr = `${p}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const range = spot(model, at.get(childPtr), true) ?? spot(model, at.get(p), true) ?? firstLine(model);
      if (NAME_SECTIONS.test(p)) {
        return { kind: 'invalid', range, args: { key: prop, where }, variant: 'name' };
      }
      const suggestion = suggestionFor(e);
      const args: Record<string, string> = { key: prop, where: where === '(root)' ? 'top level' : where };
      const keyNode = at.get(childPtr)?.key;
      const siblings = new Set(Object.keys((valueAt(root, p) as Record<string, unknown>) ?? {}));
      if (suggestion && !siblings.has(suggestion)) {
        args.suggestion = suggestion;
        const r = keyNode && isScalar(keyNode) && !isQuoted(keyNode) ? rangeOf(model, keyNode) : undefined;
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

/** Keys a schema object allows (for completion): its properties, resolving `$ref` and one level of oneOf/anyOf. */
export function schemaAt(path: (string | number)[]): SchemaNode | undefined {
  const root = composeSpec();
  let cur: SchemaNode | undefined = root;
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
}

function deref(n: SchemaNode | undefined): SchemaNode | undefined {
  let cur = n;
  for (let i = 0; i < 8 && cur && typeof cur.$ref === 'string'; i++) {
    const name = (cur.$ref as string).replace('#/definitions/', '');
    cur = composeSpec().definitions?.[name];
  }
  return cur;
}

function patternMatch(n: SchemaNode, key: string): SchemaNode | undefined {
  for (const [pat, s] of Object.entries(n.patternProperties ?? {})) {
    if (pat === '^x-') continue;
    if (new RegExp(pat).test(key)) return s;
  }
  return undefined;
}

const hasType = (n: SchemaNode, t: string) => (Array.isArray(n.type) ? n.type.includes(t) : n.type === t);

/** The object-shaped alternative of a node (`build: string | {…}` → the object). */
export function objectBranch(n: SchemaNode | undefined): SchemaNode | undefined {
  n = deref(n);
  if (!n) return undefined;
  if (n.properties || n.patternProperties || hasType(n, 'object')) return n;
  for (const alt of [...((n.oneOf as SchemaNode[]) ?? []), ...((n.anyOf as SchemaNode[]) ?? [])]) {
    const o = objectBranch(alt);
    if (o) return o;
  }
  return undefined;
}

function arrayBranch(n: SchemaNode | undefined): SchemaNode | undefined {
  n = deref(n);
  if (!n) return undefined;
  if (n.items || hasType(n, 'array')) return n;
  for (const alt of [...((n.oneOf as SchemaNode[]) ?? []), ...((n.anyOf as SchemaNode[]) ?? [])]) {
    const a = arrayBranch(alt);
    if (a) return a;
  }
  return undefined;
}

/** Enum values a schema node allows (through $ref and oneOf/anyOf). */
export function enumValues(n: SchemaNode | undefined): string[] {
  n = deref(n);
  if (!n) return [];
  if (Array.isArray(n.enum)) return n.enum.map(String);
  const out: string[] = [];
  for (const alt of [...((n.oneOf as SchemaNode[]) ?? []), ...((n.anyOf as SchemaNode[]) ?? [])]) out.push(...enumValues(alt));
  return out;
}

export function isCollection(n: SchemaNode | undefined): 'map' | 'list' | undefined {
  n = deref(n);
  if (!n) return undefined;
  const types = [n, ...((n.oneOf as SchemaNode[]) ?? []).map(deref), ...((n.anyOf as SchemaNode[]) ?? []).map(deref)].filter((x): x is SchemaNode => !!x);
  if (types.some((t) => hasType(t, 'string') || hasType(t, 'number') || hasType(t, 'integer') || hasType(t, 'boolean'))) return undefined;
  if (types.some((t) => t.properties || t.patternProperties || hasType(t, 'object'))) return 'map';
  if (types.some((t) => t.items || hasType(t, 'array'))) return 'list';
  return undefined;
}

export type { SchemaNode };
