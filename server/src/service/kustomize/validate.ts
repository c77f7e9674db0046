// Structural validation of a kustomization against kustomize's own field table (fields.ts), read the way kustomize
// reads it: go-yaml v2 (YAML 1.1 scalars: `yes` is a boolean, `1.25` a number) into Go structs with unknown fields
// rejected and key names matched case-insensitively. One walk per document version, shared by the rules that report
// each kind of issue: unknown fields (KUS005), names that only match by case (KUS006), wrong types (KUS007), values
// and required fields kustomize refuses (KUS008), values it silently ignores (KUS009). Deprecated fields are
// KUS010's (fields.ts marks them).
import type { Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import type { Fix } from '../types';
import { suggestName } from '../text';
import { getValue, isAlias, isMap, isScalar, isSeq, mapPairs, nodeTag, pairKey, scalarString, seqItems, toRange, type YamlPair } from '../yaml';
import { fieldOf, KUSTOMIZE_API, structOf, typeLabel, type KType } from './fields';

export type KusIssueKind = 'unknown' | 'case' | 'type' | 'value' | 'ignored';

export interface KusIssue {
  kind: KusIssueKind;
  range: Range;
  args: Record<string, string>;
  variant?: string;
  fixes?: Fix[];
}

/** What go-yaml v2 makes of a scalar: its JSON type after kustomize's YAML → JSON conversion. */
export type GoScalar = 'null' | 'boolean' | 'integer' | 'number' | 'string';

const YAML11_NULL = /^(?:~|null|Null|NULL|)$/;
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
// Go's strconv.ParseInt(s, 0, 64) after go-yaml drops the underscores: decimal, 0x, 0o, 0b, and a leading-0 octal.
const YAML11_INT = /^[-+]?(?:0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+)$/;
const YAML11_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** The type go-yaml v2 gives a scalar node (quoted and block scalars are strings; explicit tags win). */
export function goScalarType(node: unknown): GoScalar {
  if (!isScalar(node)) return 'string';
  const tag = nodeTag(node);
  if (tag === 'tag:yaml.org,2002:str') return 'string';
  if (tag === 'tag:yaml.org,2002:int') return 'integer';
  if (tag === 'tag:yaml.org,2002:float') return 'number';
  if (tag === 'tag:yaml.org,2002:bool') return 'boolean';
  if (tag === 'tag:yaml.org,2002:null') return 'null';
  if (node.type !== 'PLAIN') return 'string';
  return goScalarTypeOfPlain(typeof node.source === 'string' ? node.source : String(node.value ?? ''));
}

/** The JSON type of any node, as kustomize's decoder sees it. */
function goType(node: unknown): GoScalar | 'map' | 'list' {
  if (node === null || node === undefined) return 'null';
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'list';
  return goScalarType(node);
}

/** Enumerations kustomize ignores instead of refusing (an unknown `behavior` is taken as `create`). */
const LENIENT_ENUMS = new Set(['behavior', 'buildMetadata']);
const MAX_ISSUES = 300;
/** Names people reach for that spelling alone does not lead back to (`tag:` for an image's `newTag`). */
const ALIASES: Record<string, Record<string, string>> = {
  Image: { tag: 'newTag', image: 'newName', newImage: 'newName' },
  Replica: { replicas: 'count' },
};

interface Walk {
  model: DocumentModel;
  issues: KusIssue[];
}

const cache = new WeakMap<YamlDocModel, KusIssue[]>();

/** The structural issues of one kustomization (a Kustomization or a Component), once per document version. */
export function kustomizationIssues(model: DocumentModel, doc: YamlDocModel): KusIssue[] {
  let hit = cache.get(doc);
  if (!hit) cache.set(doc, (hit = compute(model, doc)));
  return hit;
}

function compute(model: DocumentModel, doc: YamlDocModel): KusIssue[] {
  const root = doc.yaml.doc.contents;
  // Not a mapping (a JSON patch classified with kustomize, an empty file being started) or broken YAML (YAML001).
  if (!isMap(root) || doc.yaml.errors.length) return [];
  const w: Walk = { model, issues: [] };
  walkStruct(w, root, 'Kustomization', '');
  kindAndVersion(w, root);
  required(w, root);
  return w.issues;
}

function push(w: Walk, node: unknown, issue: Omit<KusIssue, 'range'>): void {
  if (w.issues.length >= MAX_ISSUES) return;
  const range = toRange(w.model.index, node as { range?: [number, number, number] });
  if (range) w.issues.push({ ...issue, range });
}

const join = (where: string, key: string | number) => (typeof key === 'number' ? `${where}[${key}]` : where ? `${where}.${key}` : key);

function renameFix(w: Walk, pair: YamlPair, to: string): Fix[] {
  const range = toRange(w.model.index, pair.key as { range?: [number, number, number] });
  return range ? [{ titleId: 'rename', args: { from: pairKey(pair) ?? '', to }, edits: [{ range, newText: to }], preferred: true }] : [];
}

function walkStruct(w: Walk, node: unknown, struct: string, where: string): void {
  const fields = structOf(struct);
  if (!fields) return;
  for (const pair of mapPairs(node)) {
    const key = pairKey(pair);
    if (key === null || key === '<<') continue; // a complex key, or a merge key (go-yaml merges it)
    const f = fieldOf(fields, key);
    if (!f) {
      const known = Object.entries(fields).filter(([, x]) => !x.since).map(([n]) => n);
      const suggestion = suggestName(key, known) ?? ALIASES[struct]?.[key];
      push(w, pair.key, { kind: 'unknown', args: { key, where: where || 'kustomization', suggestion: suggestion ?? '', known: known.join(', ') }, variant: suggestion ? 'suggest' : undefined, fixes: suggestion ? renameFix(w, pair, suggestion) : undefined });
      continue;
    }
    if (!f.exact) push(w, pair.key, { kind: 'case', args: { key, name: f.name }, fixes: renameFix(w, pair, f.name) });
    walkValue(w, pair.value, f.field.type, join(where, f.name), key);
  }
}

function walkValue(w: Walk, node: unknown, type: KType, where: string, key: string): void {
  if (isAlias(node)) return; // an alias repeats a node checked where it is defined
  const actual = goType(node);
  if (actual === 'null' || type === 'any') return; // Go leaves a null field empty
  const wrong = (expected: string) => typeIssue(w, node, where, expected, actual);
  if (typeof type === 'string') {
    if (actual !== type) wrong(type);
    return;
  }
  if ('enum' in type) {
    if (actual !== 'string') return wrong('string');
    const v = scalarString(node) ?? '';
    if (v && !type.enum.includes(v)) {
      const lenient = LENIENT_ENUMS.has(key) || LENIENT_ENUMS.has(where.replace(/\[\d+\]$/, '').split('.').pop() ?? '');
      push(w, node, { kind: lenient ? 'ignored' : 'value', args: { key: where, value: v, allowed: type.enum.join(', ') }, variant: 'enum' });
    }
    return;
  }
  if ('list' in type) {
    if (actual !== 'list') return wrong(typeLabel(type));
    seqItems(node).forEach((item, i) => walkValue(w, item, type.list, `${where}[${i}]`, key));
    return;
  }
  if ('map' in type) {
    if (actual !== 'map') return wrong(typeLabel(type));
    if (type.map === 'any') return;
    for (const pair of mapPairs(node)) {
      const k = pairKey(pair);
      if (k === null || k === '<<') continue;
      walkValue(w, pair.value, type.map, join(where, k), key);
    }
    return;
  }
  if (actual !== 'map') return wrong('map');
  walkStruct(w, node, type.struct, where);
}

/** A wrong type, with the fix YAML makes easy: quote a word YAML read as a number or boolean, unquote a number, make a list. */
function typeIssue(w: Walk, node: unknown, key: string, expected: string, actual: string): void {
  const range = toRange(w.model.index, node as { range?: [number, number, number] });
  if (!range) return;
  const src = isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  const plain = isScalar(node) && node.type === 'PLAIN';
  const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  const args = { key, expected, actual, value: src ?? '' };
  const fix = (titleId: string, newText: string): Fix[] => [{ titleId, args: { value: src ?? '' }, edits: [{ range, newText }], preferred: true }];
  if (expected === 'string' && plain && src !== undefined && actual !== 'string') {
    const variant = actual === 'boolean' && !/^(?:true|false)$/i.test(src) ? 'yaml11' : 'quote';
    return push(w, node, { kind: 'type', args, variant, fixes: fix('quote', JSON.stringify(src)) });
  }
  if ((expected === 'integer' || expected === 'boolean') && quoted && src !== undefined) {
    if (goScalarTypeOfPlain(src) === expected) return push(w, node, { kind: 'type', args, variant: 'unquote', fixes: fix('unquote', src) });
  }
  if (expected.startsWith('list of') && plain && src !== undefined && !/[,[\]{}#&*!|>'"%@`]/.test(src)) {
    return push(w, node, { kind: 'type', args, variant: 'wantList', fixes: fix('toList', `[${src}]`) });
  }
  push(w, node, { kind: 'type', args });
}

/** The type go-yaml v2 gives an unquoted scalar written as `src`. */
function goScalarTypeOfPlain(src: string): GoScalar {
  if (YAML11_NULL.test(src)) return 'null';
  if (YAML11_BOOL.test(src)) return 'boolean';
  if (YAML11_INT.test(src)) return 'integer';
  if (YAML11_FLOAT.test(src)) return 'number';
  return 'string';
}

/** `kind` is Kustomization or Component, with the API version that kind must have (kustomize's own check). */
function kindAndVersion(w: Walk, root: unknown): void {
  const kindNode = getValue(root, 'kind');
  const kind = scalarString(kindNode);
  if (kind && !KUSTOMIZE_API[kind]) {
    const near = Object.keys(KUSTOMIZE_API).find((k) => k.toLowerCase() === kind.toLowerCase()) ?? suggestName(kind, Object.keys(KUSTOMIZE_API));
    const range = toRange(w.model.index, kindNode as { range?: [number, number, number] });
    const fixes: Fix[] = near && range ? [{ titleId: 'setValue', args: { value: near }, edits: [{ range, newText: near }], preferred: true }] : [];
    push(w, kindNode, { kind: 'value', args: { key: 'kind', value: kind, allowed: 'Kustomization, Component' }, variant: 'kind', fixes });
    return;
  }
  const apiNode = getValue(root, 'apiVersion');
  const api = scalarString(apiNode);
  const want = KUSTOMIZE_API[kind ?? 'Kustomization'];
  if (api && api !== want) {
    const range = toRange(w.model.index, apiNode as { range?: [number, number, number] });
    const fixes: Fix[] = range ? [{ titleId: 'setValue', args: { value: want }, edits: [{ range, newText: want }], preferred: true }] : [];
    push(w, apiNode, { kind: 'value', args: { key: 'apiVersion', value: api, kind: kind ?? 'Kustomization', expected: want }, variant: 'apiVersion', fixes });
  }
}

/** What kustomize refuses to build without: a patch's `path` or `patch`, a generator's `name`, a replica's `name`
 * (an `images` entry without a name only matches nothing: KUS013 says so). */
function required(w: Walk, root: unknown): void {
  const each = (key: string, check: (item: unknown) => string | undefined) => {
    for (const item of seqItems(getValue(root, key))) {
      if (!isMap(item)) continue;
      const missing = check(item);
      if (missing) push(w, firstKey(item) ?? item, { kind: 'value', args: { key, missing }, variant: 'required' });
    }
  };
  const has = (item: unknown, k: string) => scalarString(getValue(item, k)) !== undefined && scalarString(getValue(item, k)) !== '';
  each('patches', (i) => (has(i, 'path') || has(i, 'patch') ? undefined : 'path / patch'));
  each('patchesJson6902', (i) => (has(i, 'path') || has(i, 'patch') ? undefined : 'path / patch'));
  each('configMapGenerator', (i) => (has(i, 'name') ? undefined : 'name'));
  each('secretGenerator', (i) => (has(i, 'name') ? undefined : 'name'));
  each('replicas', (i) => (has(i, 'name') ? undefined : 'name'));
}

function firstKey(map: unknown): unknown {
  return mapPairs(map)[0]?.key;
}
