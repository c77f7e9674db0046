// Structural validation of a Kubernetes document against the generated field tree: unknown fields (with "did you
// mean" by spelling or by words, or where a misplaced field belongs), wrong types (with YAML's own surprises: an
// unquoted number or `yes` where text is expected), missing required fields, values outside an enumeration, and the
// ranges and naming rules the API applies (constraints.ts). One walk per document version, shared by the rules that
// report each kind of issue (K8S100–K8S103, K8S106, K8S107).
import type { Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import type { Fix } from '../types';
import { convert, escapePointer, type Loc } from '../schema/convert';
import { pointerLabel, rangeOfNode, spot } from '../schema';
import { suggestName } from '../text';
import { getIn, getPair, isMap, isPlainScalar, isQuotedScalar, isScalar, mapPairs, movePair, type YamlPath } from '../yaml';
import { definition, kindDefinition, shapeOf, type Definition, type FieldType } from './schema';
import { FIELD_CONSTRAINTS, MAP_CONSTRAINTS, NAME_RULE_BY_KIND, isPlaceholder, isQuantity, nameProblem, type NameRule } from './constraints';

export type K8sIssueKind = 'unknown' | 'type' | 'required' | 'value' | 'range' | 'name';

export interface K8sIssue {
  kind: K8sIssueKind;
  range: Range;
  args: Record<string, string>;
  variant?: string;
  fixes?: Fix[];
  /** Unknown keys: a strategic-merge patch directive (`$patch`, `$retainKeys` …), valid in a patch file only. */
  directive?: boolean;
}

/** YAML 1.1 (which kubectl reads) turns these unquoted words into booleans. */
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const MAX_ISSUES = 500;

interface Walk {
  model: DocumentModel;
  /** The document's root node and value (for edits that move a key elsewhere). */
  root: unknown;
  value: unknown;
  at: Map<string, Loc>;
  issues: K8sIssue[];
  seen: Set<string>;
}

const cache = new WeakMap<YamlDocModel, K8sIssue[]>();

/** Issues with offsets instead of ranges, relative to where their document started when they were computed. */
interface StoredIssue extends Omit<K8sIssue, 'range' | 'fixes'> {
  at: [number, number];
  fixes?: (Omit<Fix, 'edits'> & { edits: { at: [number, number]; newText: string }[] })[];
}
/**
 * By parsed document: an edit of another document of a large file re-parses only that one, and moves the others'
 * nodes in place, so their issues are the same, moved by as many characters as their document moved.
 */
const stored = new WeakMap<object, { start: number; issues: StoredIssue[] }>();

/** The structural issues of one Kubernetes document (a built-in kind; CRDs and unknown kinds have none). */
export function kubernetesIssues(model: DocumentModel, doc: YamlDocModel): K8sIssue[] {
  let hit = cache.get(doc);
  if (hit) return hit;
  const s = stored.get(doc.yaml);
  if (s) {
    const delta = doc.yaml.start - s.start;
    const r = (at: [number, number]) => model.index.range(at[0] + delta, at[1] + delta);
    hit = s.issues.map(({ at, fixes, ...rest }) => ({ ...rest, range: r(at), fixes: fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ range: r(e.at), newText: e.newText })) })) }));
  } else {
    hit = compute(model, doc);
    const o = (range: Range): [number, number] => [model.index.offsetAt(range.start), model.index.offsetAt(range.end)];
    stored.set(doc.yaml, { start: doc.yaml.start, issues: hit.map(({ range, fixes, ...rest }) => ({ ...rest, at: o(range), fixes: fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ at: o(e.range), newText: e.newText })) })) })) });
  }
  cache.set(doc, hit);
  return hit;
}

/**
 * The issues the document would have as another definition (the same kind in a newer API version): none means the
 * object reads the same there, so replacing its apiVersion is safe. Uncached.
 */
export function issuesAs(model: DocumentModel, doc: YamlDocModel, defName: string, kind: string | undefined, apiVersion: string): K8sIssue[] {
  const conv = convert(doc);
  if (conv.truncated || !conv.value || typeof conv.value !== 'object') return [{ kind: 'type', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, args: {} }];
  const w: Walk = { model, root: doc.yaml.doc.contents, value: conv.value, at: conv.at, issues: [], seen: new Set() };
  walkRef(w, { ...(conv.value as Record<string, unknown>), apiVersion, kind }, defName, '', [], kind);
  return w.issues;
}

function compute(model: DocumentModel, doc: YamlDocModel): K8sIssue[] {
  if (doc.yaml.errors.length) return []; // YAML001 first: a broken document's structure is not trusted
  const defName = kindDefinition(doc.apiVersion, doc.kind);
  const isList = doc.apiVersion === 'v1' && doc.kind === 'List';
  if (!defName && !isList) return [];
  const conv = convert(doc);
  if (conv.truncated || !conv.value || typeof conv.value !== 'object' || Array.isArray(conv.value)) return [];
  const w: Walk = { model, root: doc.yaml.doc.contents, value: conv.value, at: conv.at, issues: [], seen: new Set() };
  if (isList) {
    const items = (conv.value as { items?: unknown }).items;
    walkObject(w, conv.value as Record<string, unknown>, LIST_DEF, '', [], doc.kind);
    if (Array.isArray(items)) {
      items.forEach((item, i) => {
        const o = item as { apiVersion?: unknown; kind?: unknown } | null;
        const d = o && typeof o === 'object' ? kindDefinition(String(o.apiVersion ?? ''), String(o.kind ?? '')) : undefined;
        if (d) walkRef(w, item, d, `/items/${i}`, [], String(o!.kind));
      });
    }
  } else {
    walkRef(w, conv.value, defName!, '', [], doc.kind);
  }
  return w.issues;
}

/** kubectl's `kind: List`: its items are manifests of their own kinds (checked one by one). */
const LIST_DEF: Definition = {
  properties: { apiVersion: 'string', kind: 'string', metadata: 'any', items: { list: 'any' } },
  required: ['items'],
};

function push(w: Walk, issue: K8sIssue): void {
  if (w.issues.length >= MAX_ISSUES) return;
  const key = `${issue.range.start.line}:${issue.range.start.character}:${issue.kind}`;
  if (w.seen.has(key)) return;
  w.seen.add(key);
  w.issues.push(issue);
}

const where = (ptr: string) => pointerLabel(ptr);
const valueRange = (w: Walk, ptr: string) => spot(w.model, w.at.get(ptr)) ?? firstLine(w);
const keyRange = (w: Walk, ptr: string) => spot(w.model, w.at.get(ptr), true) ?? firstLine(w);
const firstLine = (w: Walk): Range => ({ start: { line: 0, character: 0 }, end: { line: 0, character: w.model.index.lineText(0).length } });

/** The JSON type of a value, as messages name it. */
function jsType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'map';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** What a type expects, as messages name it. */
function expected(type: FieldType): string {
  if (typeof type === 'string') {
    if (type === 'int-or-string') return 'integer | string';
    if (type === 'quantity' || type === 'string-or-number') return 'string | number';
    return type;
  }
  const shape = shapeOf(type);
  if ('enum' in type) return 'string';
  return shape === 'list' ? 'list' : shape === 'map' ? 'map' : 'any';
}

/** An ancestor's definition on the way down, for "this key belongs higher up". */
interface Parent {
  defName: string;
  ptr: string;
}

function walk(w: Walk, value: unknown, type: FieldType, ptr: string, parents: Parent[], kind: string | undefined, owner?: string, field?: string): void {
  if (value === null || value === undefined || type === 'any') return;
  // A value another tool fills in: `<ADD LUN ID Here>`, `$(VAR)`, or a `{{name}}` template that YAML reads as a map.
  if ((typeof value === 'string' && isPlaceholder(value)) || isTemplateMap(w.at.get(ptr)?.node)) return;
  if (typeof type === 'string') {
    scalar(w, value, type, ptr, owner, field);
    return;
  }
  if ('$ref' in type) {
    walkRef(w, value, type.$ref, ptr, parents, kind);
    return;
  }
  if ('list' in type) {
    if (!Array.isArray(value)) {
      typeIssue(w, ptr, 'list', value);
      return;
    }
    value.forEach((item, i) => walk(w, item, type.list, `${ptr}/${i}`, parents, kind, owner, field));
    return;
  }
  if ('map' in type) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      typeIssue(w, ptr, 'map', value);
      return;
    }
    const mc = owner && field ? MAP_CONSTRAINTS[`${owner}.${field}`] : undefined;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const p = `${ptr}/${escapePointer(k)}`;
      if (mc?.keys) nameCheck(w, k, mc.keys, p, ptr, true);
      if (mc?.values && typeof v === 'string') nameCheck(w, v, mc.values, p, p, false);
      walk(w, v, type.map, p, parents, kind);
    }
    return;
  }
  if ('enum' in type) {
    if (typeof value !== 'string') {
      typeIssue(w, ptr, 'string', value);
      return;
    }
    enumCheck(w, value, type.enum, ptr);
    return;
  }
  // oneOf: the first alternative of the value's shape.
  const shape = jsType(value) === 'list' ? 'list' : jsType(value) === 'map' ? 'map' : 'scalar';
  const alt = type.oneOf.find((t) => shapeOf(t) === shape || shapeOf(t) === 'any');
  if (alt) walk(w, value, alt, ptr, parents, kind, owner, field);
}

/** `{{replicas}}` unquoted: YAML reads a flow map whose one key is itself a flow map. A template, not a value. */
function isTemplateMap(node: unknown): boolean {
  if (!isMap(node) || !(node as { flow?: boolean }).flow) return false;
  const pairs = mapPairs(node);
  return pairs.length === 1 && isMap(pairs[0].key);
}

function walkRef(w: Walk, value: unknown, defName: string, ptr: string, parents: Parent[], kind: string | undefined): void {
  const def = definition(defName);
  if (!def) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (value !== null && value !== undefined) typeIssue(w, ptr, 'map', value);
    return;
  }
  walkObject(w, value as Record<string, unknown>, def, ptr, parents, kind, defName);
}

function walkObject(w: Walk, obj: Record<string, unknown>, def: Definition, ptr: string, parents: Parent[], kind: string | undefined, defName?: string): void {
  const keys = Object.keys(obj);
  const explained = new Set<string>(); // required fields an unknown key already points at
  const below = defName ? [...parents, { defName, ptr }] : parents;
  for (const k of keys) {
    const p = `${ptr}/${escapePointer(k)}`;
    const type = def.properties[k] ?? def.additional;
    if (type) {
      const c = defName ? FIELD_CONSTRAINTS[`${defName}.${k}`] : undefined;
      if (c && 'enum' in c && typeof obj[k] === 'string') enumCheck(w, obj[k] as string, c.enum, p);
      walk(w, obj[k], type, p, below, kind, defName, k);
      continue;
    }
    const issue = unknownKey(w, k, keys, def, defName, obj, ptr, parents);
    if (issue.args.suggestion) explained.add(issue.args.suggestion);
    if (issue.args.field) explained.add(issue.args.field);
    push(w, issue);
  }
  for (const r of def.required ?? []) {
    if (obj[r] !== undefined && obj[r] !== null) continue;
    if (explained.has(r)) continue;
    push(w, { kind: 'required', range: keyRange(w, ptr), args: { key: ptr ? where(ptr) : (kind ?? 'document'), property: r }, variant: requiredVariant(defName, r) });
  }
  if (defName === 'IoK8sApimachineryPkgApisMetaV1ObjectMeta' && ptr === '/metadata') {
    if (obj.name === undefined && obj.generateName === undefined) push(w, { kind: 'required', range: keyRange(w, ptr), args: { key: 'metadata', property: 'name' }, variant: 'name' });
    if (typeof obj.name === 'string' && kind && NAME_RULE_BY_KIND[kind]) nameCheck(w, obj.name, NAME_RULE_BY_KIND[kind], `${ptr}/name`, `${ptr}/name`, false, kind);
  }
}

function requiredVariant(defName: string | undefined, field: string): string | undefined {
  if (defName === 'IoK8sApiNetworkingV1HTTPIngressPath' && field === 'pathType') return 'pathType';
  if (field === 'selector' && /^IoK8sApiAppsV1(?:Deployment|ReplicaSet|StatefulSet|DaemonSet)Spec$/.test(defName ?? '')) return 'selector';
  return undefined;
}

/** A key the definition does not have: the likely intended key, or where it belongs. */
function unknownKey(w: Walk, k: string, siblings: string[], def: Definition, defName: string | undefined, obj: Record<string, unknown>, ptr: string, parents: Parent[]): K8sIssue {
  const p = `${ptr}/${escapePointer(k)}`;
  const range = keyRange(w, p);
  // At the top level `where` is not shown: the top, topSuggest and misplaced variants say it in words.
  const args: Record<string, string> = ptr ? { key: k, where: where(ptr) } : { key: k };
  if (k.startsWith('$')) return { kind: 'unknown', range, args, variant: 'directive', directive: true };
  const present = new Set(siblings);
  const candidates = Object.keys(def.properties).filter((c) => !present.has(c));
  const suggestion = RENAMES[`${defName}.${k}`] ?? suggestName(k, candidates);
  if (suggestion && !present.has(suggestion)) {
    args.suggestion = suggestion;
    const loc = w.at.get(p);
    const keyNode = loc?.key;
    const r = keyNode && isScalar(keyNode) && !isQuotedScalar(keyNode) && loc?.node !== keyNode ? rangeOfNode(w.model, keyNode) : undefined;
    const fixes: Fix[] | undefined = r ? [{ titleId: 'rename', args: { key: k, suggestion }, edits: [{ range: r, newText: suggestion }], preferred: true }] : undefined;
    return { kind: 'unknown', range, args, variant: ptr ? 'suggest' : 'topSuggest', fixes };
  }
  // `{key: tier, In, values: [dev]}`: an allowed value of a required field that is missing, written as a key.
  for (const r of def.required ?? []) {
    if (obj[r] !== undefined) continue;
    const c = FIELD_CONSTRAINTS[`${defName}.${r}`];
    const allowed = c && 'enum' in c ? c.enum : enumOf(def.properties[r]);
    if (allowed?.includes(k) && obj[k] === null) {
      args.field = r;
      return { kind: 'unknown', range, args, variant: 'valueAsKey', fixes: valueAsKeyFix(w, p, r, k) };
    }
  }
  const below = findBelow(def, k);
  if (below) {
    args.belongs = ptr ? `${where(ptr)}.${below}` : below;
    return { kind: 'unknown', range, args, variant: ptr ? 'misplaced' : 'misplacedAtTop', fixes: moveFix(w, ptr, k, [...pathOf(w, ptr), ...below.split('.')], args.belongs) };
  }
  for (let i = parents.length - 1, up = 0; i >= 0 && up < 2; i--, up++) {
    const pdef = definition(parents[i].defName);
    if (pdef?.properties[k]) {
      // A field of the manifest's top level: the message says so in words (no path to quote).
      if (!parents[i].ptr) return { kind: 'unknown', range, args, variant: 'misplacedTop', fixes: moveFix(w, ptr, k, [], '', 'moveTop') };
      args.belongs = where(parents[i].ptr);
      return { kind: 'unknown', range, args, variant: 'misplacedUp', fixes: moveFix(w, ptr, k, pathOf(w, parents[i].ptr), args.belongs) };
    }
  }
  return { kind: 'unknown', range, args, variant: ptr ? undefined : 'top' };
}

/** A pointer as a YAML path (list indices as numbers, read off the converted value). */
function pathOf(w: Walk, ptr: string): YamlPath {
  const out: YamlPath = [];
  let cur: unknown = w.value;
  for (const raw of ptr ? ptr.slice(1).split('/') : []) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = (cur as Record<string, unknown> | undefined)?.[seg];
    }
  }
  return out;
}

/** Move a misplaced key (and what is under it) to where it belongs, when that can be done by whole lines. */
function moveFix(w: Walk, ptr: string, key: string, target: YamlPath, belongs: string, titleId = 'move'): Fix[] | undefined {
  const loc = w.at.get(ptr);
  if (!loc?.node || w.at.get(`${ptr}/${escapePointer(key)}`)?.key === undefined) return undefined;
  const pair = getPair(loc.node, key);
  if (!pair || getIn(w.root, pathOf(w, ptr)) !== loc.node) return undefined; // reached through an alias or a merge key
  const edits = movePair(w.model.text, w.model.index, w.root, pair, key, target);
  if (!edits) return undefined;
  return [{ titleId, args: belongs ? { key, belongs } : { key }, edits: edits.map((e) => ({ range: w.model.index.range(e.start, e.end), newText: e.newText })), preferred: true }];
}

/** Names the spelling distance misses: the learner wrote the other selector's field. */
const RENAMES: Record<string, string> = {
  'IoK8sApiCoreV1EnvVarSource.secretRef': 'secretKeyRef',
  'IoK8sApiCoreV1EnvVarSource.configMapRef': 'configMapKeyRef',
  'IoK8sApiCoreV1EnvFromSource.secretKeyRef': 'secretRef',
  'IoK8sApiCoreV1EnvFromSource.configMapKeyRef': 'configMapRef',
  'IoK8sApiCoreV1PodSpec.container': 'containers',
};

function enumOf(type: FieldType | undefined): string[] | undefined {
  return type && typeof type === 'object' && 'enum' in type ? type.enum : undefined;
}

/** The path (relative) below a definition where a key exists: through nested maps, at most three levels down. */
function findBelow(def: Definition, key: string): string | undefined {
  let frontier: { def: Definition; path: string[] }[] = [{ def, path: [] }];
  const visited = new Set<Definition>([def]);
  for (let depth = 0; depth < 3; depth++) {
    const next: { def: Definition; path: string[] }[] = [];
    for (const f of frontier) {
      for (const [name, type] of Object.entries(f.def.properties)) {
        if (name === 'status' || typeof type !== 'object' || !('$ref' in type)) continue;
        const child = definition(type.$ref);
        if (!child || visited.has(child)) continue;
        visited.add(child);
        const path = [...f.path, name];
        if (child.properties[key]) return path.join('.');
        next.push({ def: child, path });
      }
    }
    frontier = next;
  }
  return undefined;
}

/** `{key: tier, In, values: [dev]}` → `{key: tier, operator: In, values: [dev]}` (flow maps only: a block key needs more). */
function valueAsKeyFix(w: Walk, p: string, field: string, value: string): Fix[] | undefined {
  const keyNode = w.at.get(p)?.key;
  const r = keyNode ? (keyNode as { range?: [number, number, number] }).range : undefined;
  if (!r || !isPlainScalar(keyNode)) return undefined;
  const after = w.model.text.slice(r[1]).match(/^[ \t]*(\S)/)?.[1];
  if (after !== ',' && after !== '}') return undefined;
  return [{ titleId: 'valueAsKey', args: { key: value, field }, edits: [{ range: w.model.index.range(r[0], r[1]), newText: `${field}: ${value}` }], preferred: true }];
}

function typeIssue(w: Walk, ptr: string, want: string, value: unknown): void {
  push(w, { kind: 'type', range: valueRange(w, ptr), args: { key: where(ptr), expected: want, actual: jsType(value) }, variant: want === 'list' && jsType(value) === 'map' ? 'wantList' : undefined });
}

function scalar(w: Walk, value: unknown, type: Exclude<FieldType, object>, ptr: string, owner?: string, field?: string): void {
  const loc = w.at.get(ptr);
  const node = loc?.node;
  const actual = jsType(value);
  let ok: boolean;
  switch (type) {
    case 'string': ok = typeof value === 'string'; break;
    case 'integer': ok = typeof value === 'number' && Number.isInteger(value); break;
    case 'number': ok = typeof value === 'number'; break;
    case 'boolean': ok = typeof value === 'boolean'; break;
    case 'int-or-string': ok = typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value)); break;
    case 'quantity':
    case 'string-or-number': ok = typeof value === 'string' || typeof value === 'number'; break;
    default: ok = true;
  }
  if (!ok) {
    let variant: string | undefined;
    let shown = source(w, ptr, value);
    let actualName = actual;
    if (type === 'string' && (actual === 'integer' || actual === 'number' || actual === 'boolean') && isPlainScalar(node)) {
      variant = 'quote';
      if (actual === 'integer') actualName = 'number';
    } else if ((type === 'integer' || type === 'number' || type === 'boolean') && typeof value === 'string' && (/^-?\d+(?:\.\d+)?$/.test(value) || /^(?:true|false)$/i.test(value))) {
      variant = 'unquote';
      shown = value;
    }
    push(w, { kind: 'type', range: valueRange(w, ptr), args: { key: where(ptr), expected: expected(type), actual: actualName, value: shown }, variant });
    return;
  }
  // kubectl reads YAML 1.1: an unquoted yes/no/on/off becomes a boolean where text is expected.
  if (type === 'string' && typeof value === 'string' && YAML11_BOOL.test(value) && isPlainScalar(node)) {
    push(w, { kind: 'type', range: valueRange(w, ptr), args: { key: where(ptr), expected: 'string', actual: 'boolean', value }, variant: 'yaml11' });
    return;
  }
  if (typeof value === 'string' && isPlaceholder(value)) return;
  if (type === 'quantity' && typeof value === 'string' && !isQuantity(value)) {
    push(w, { kind: 'value', range: valueRange(w, ptr), args: { key: where(ptr), value }, variant: 'quantity' });
    return;
  }
  const c = owner && field ? FIELD_CONSTRAINTS[`${owner}.${field}`] : undefined;
  if (!c) return;
  if ('range' in c && typeof value === 'number') {
    if (!(value === 0 && c.zeroUnset)) rangeCheck(w, value, c.range, ptr, c.variant);
  }
  else if ('port' in c) {
    if (typeof value === 'number') {
      if (value !== 0) rangeCheck(w, value, [1, 65535], ptr); // 0: not set (a Service's targetPort then defaults to its port)
    } else if (typeof value === 'string') {
      const reason = nameProblem('port-name', value);
      if (reason) push(w, { kind: 'name', range: valueRange(w, ptr), args: { key: where(ptr), value }, variant: /^\d+$/.test(value) ? 'numericPortName' : reason });
    }
  } else if ('percent' in c) {
    if (typeof value === 'number') rangeCheck(w, value, [0], ptr);
    else if (typeof value === 'string' && !/^\d+%$/.test(value)) push(w, { kind: 'value', range: valueRange(w, ptr), args: { key: where(ptr), value }, variant: 'percent' });
  } else if ('name' in c && typeof value === 'string') nameCheck(w, value, c.name, ptr, ptr, false);
}

/** The value as written (a number keeps its spelling: `1.10`, not 1.1). */
function source(w: Walk, ptr: string, value: unknown): string {
  const node = w.at.get(ptr)?.node as { range?: [number, number, number] } | undefined;
  if (node?.range && isScalar(node)) return w.model.text.slice(node.range[0], node.range[1]);
  return String(value);
}

function rangeCheck(w: Walk, v: number, [min, max]: [number, number?], ptr: string, variant?: string): void {
  if (v >= min && (max === undefined || v <= max)) return;
  const args = { key: where(ptr), value: String(v), min: String(min), max: max === undefined ? '' : String(max) };
  push(w, { kind: 'range', range: valueRange(w, ptr), args, variant: variant ?? (max === undefined ? 'min' : 'between') });
}

function enumCheck(w: Walk, value: string, allowed: string[], ptr: string): void {
  if (allowed.includes(value) || isPlaceholder(value)) return;
  const args: Record<string, string> = { key: where(ptr), value, allowed: allowed.map((a) => `\`${a}\``).join(', ') };
  const same = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  const node = w.at.get(ptr)?.node;
  const r = same && node && isScalar(node) && !isQuotedScalar(node) ? rangeOfNode(w.model, node) : undefined;
  if (same) args.suggestion = same;
  push(w, { kind: 'value', range: valueRange(w, ptr), args, variant: same ? 'case' : undefined, fixes: r && same ? [{ titleId: 'value', args: { value, suggestion: same }, edits: [{ range: r, newText: same }], preferred: true }] : undefined });
}

/** A name, label key or value against its rule; `keyOf` is the map key's pointer when the key itself is checked. */
function nameCheck(w: Walk, v: string, rule: NameRule, ptr: string, parentPtr: string, isKey: boolean, kind?: string): void {
  if (isPlaceholder(v)) return;
  const reason = nameProblem(rule, v);
  if (!reason) return;
  const range = isKey ? keyRange(w, ptr) : valueRange(w, ptr);
  const args: Record<string, string> = { key: where(isKey ? parentPtr : ptr), value: v };
  if (kind) args.kind = kind;
  push(w, { kind: 'name', range, args, variant: reason });
}
