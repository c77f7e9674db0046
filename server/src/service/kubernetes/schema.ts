// The Kubernetes field tree (generated from the kubernetes-models package: tree.generated.ts) and the ways the rest of
// the format reads it: the definition of a kind, the type at a path, the fields of a definition, the kinds of an API
// version, and the API's own descriptions (docs.generated.ts, parsed on first use).
import type { YamlPath } from '../yaml';
import { KUBERNETES_TREE_JSON, KUBERNETES_VERSION } from './tree.generated';

/** A field's type: a scalar type name, a definition, a list, a map, an enumeration, or one of several. */
export type FieldType =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'int-or-string'
  | 'quantity'
  | 'string-or-number'
  | 'any'
  | { $ref: string }
  | { list: FieldType }
  | { map: FieldType }
  | { enum: string[] }
  | { oneOf: FieldType[] };

export interface Definition {
  properties: Record<string, FieldType>;
  required?: string[];
  /** Keys beyond the properties (rare: a definition that is also a map). */
  additional?: FieldType;
}

interface Tree {
  kinds: Record<string, Record<string, string>>;
  definitions: Record<string, Definition>;
}

let tree: Tree | undefined;
const t = (): Tree => (tree ??= JSON.parse(KUBERNETES_TREE_JSON) as Tree);

export { KUBERNETES_VERSION };

/** The definition name of a kind in an API version (`apps/v1`, `Deployment`), if it is a built-in one. */
export function kindDefinition(apiVersion: string | undefined, kind: string | undefined): string | undefined {
  if (!apiVersion || !kind) return undefined;
  return Object.prototype.hasOwnProperty.call(t().kinds, apiVersion) ? t().kinds[apiVersion][kind] : undefined;
}

export function definition(name: string): Definition | undefined {
  return t().definitions[name];
}

/** Every API version the tree knows (current and removed ones). */
export function apiVersions(): string[] {
  return Object.keys(t().kinds);
}

/** The kinds of an API version (lists included). */
export function kindsOf(apiVersion: string): string[] {
  return Object.keys(t().kinds[apiVersion] ?? {});
}

/** The API versions that have a kind. */
export function apiVersionsOfKind(kind: string): string[] {
  return apiVersions().filter((v) => kindsOf(v).includes(kind));
}

/** The API group of an apiVersion (`apps` of `apps/v1`; '' for the core `v1`). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** Is this a built-in API group (one the tree has a version of)? CRD groups are not. */
export function isBuiltinGroup(group: string): boolean {
  return apiVersions().some((v) => groupOf(v) === group);
}

/** A type with its definitions resolved one level: a `$ref` becomes its Definition. */
export function resolve(type: FieldType | undefined): { type?: FieldType; def?: Definition; defName?: string } {
  if (type && typeof type === 'object' && '$ref' in type) return { type, def: definition(type.$ref), defName: type.$ref };
  return { type };
}

/** Where a path leads in the tree: the type of the value there, and the definition and field that declare it. */
export interface TreeLocation {
  type: FieldType;
  /** The definition holding the last key (undefined at the root, or below a map or `any`). */
  owner?: string;
  field?: string;
}

/** The type at a path below a kind's definition (keys and list indices). Undefined where the tree has no such place. */
export function typeAtPath(defName: string, path: YamlPath): TreeLocation | undefined {
  let loc: TreeLocation = { type: { $ref: defName } };
  for (const seg of path) {
    const ty = loc.type;
    if (ty === 'any') return { type: 'any' };
    if (typeof ty !== 'object') return undefined;
    if (typeof seg === 'number') {
      // A list item keeps the field that holds the list (`accessModes[0]` is still PVC spec's accessModes).
      if ('list' in ty) loc = { type: ty.list, owner: loc.owner, field: loc.field };
      else return undefined;
      continue;
    }
    if ('map' in ty) {
      loc = { type: ty.map, owner: loc.owner, field: loc.field };
      continue;
    }
    if ('$ref' in ty) {
      const def = definition(ty.$ref);
      const next = def?.properties[seg] ?? def?.additional;
      if (!def || !next) return undefined;
      loc = { type: next, owner: ty.$ref, field: seg };
      continue;
    }
    if ('oneOf' in ty) {
      const branch = ty.oneOf.find((b) => typeof b === 'object' && '$ref' in b && definition(b.$ref)?.properties[seg]);
      if (!branch || typeof branch !== 'object' || !('$ref' in branch)) return undefined;
      loc = { type: definition(branch.$ref)!.properties[seg], owner: branch.$ref, field: seg };
      continue;
    }
    return undefined;
  }
  return loc;
}

/** A short, readable name of a type: `string`, `integer`, `list of Container`, `map of string`, `one of A, B`. */
export function typeLabel(type: FieldType): string {
  if (typeof type === 'string') return type;
  if ('$ref' in type) return shortName(type.$ref);
  if ('list' in type) return `[]${typeLabel(type.list)}`;
  if ('map' in type) return `map[string]${typeLabel(type.map)}`;
  if ('enum' in type) return type.enum.join(' | ');
  return type.oneOf.map(typeLabel).join(' | ');
}

/** `IoK8sApiCoreV1Container` → `Container`; an inline definition keeps its place (`PersistentVolumeClaim`). */
export function shortName(defName: string): string {
  const m = /(?:V\d+(?:(?:alpha|beta)\d+)?)([A-Z]\w*)$/.exec(defName.split('.')[0]);
  return m ? m[1] : defName;
}

/** The shape a value of this type takes in YAML: a map, a list, or a scalar. */
export function shapeOf(type: FieldType | undefined): 'map' | 'list' | 'scalar' | 'any' {
  if (!type || type === 'any') return 'any';
  if (typeof type === 'string') return 'scalar';
  if ('$ref' in type || 'map' in type) return 'map';
  if ('list' in type) return 'list';
  if ('enum' in type) return 'scalar';
  const shapes = new Set(type.oneOf.map(shapeOf));
  return shapes.size === 1 ? [...shapes][0] : 'any';
}

// The API's own descriptions.
interface Docs {
  texts: string[];
  definitions: Record<string, Record<string, number>>;
}
let docs: Docs | undefined;
// The API's descriptions (~740 KB of JSON text) are required on the first hover that needs one, not at start-up (in
// the bundles they are a file of their own, see esbuild.mjs).
const d = (): Docs => (docs ??= JSON.parse((require('./docs.generated') as typeof import('./docs.generated')).KUBERNETES_DOCS_JSON) as Docs);

/** The API reference's description of a field of a definition ('' for the definition itself), in English. */
export function apiDescription(defName: string, field = ''): string | undefined {
  const i = d().definitions[defName]?.[field];
  return i === undefined ? undefined : d().texts[i];
}
