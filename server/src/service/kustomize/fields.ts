// The fields of a kustomization (and of a Component): what kustomize's own Go types accept, written down as a table
// (the types are small and change rarely; SchemaStore's kustomization schema lags behind them — no `labels[].
// includeTemplates`, no `patches[].options`, no `sortOptions` in the copies on npm). Source: the structs of
// kubernetes-sigs/kustomize `api/types` (kustomization.go, labels.go, image.go, patch.go, selector.go, replacement.go,
// var.go, generatorargs.go, kvpairsources.go, generatoroptions.go, helmchartargs.go, sortoptions.go …) as of
// kustomize v5.5.0 — the version `kubectl kustomize` of kubectl 1.32 runs — plus the fields later releases added,
// marked `since` (not offered, never reported). `inventory` is not here: kustomize v5 removed it.
// `test/unit/kustomizeFields.test.ts` asks kubectl whether each field is known, where kubectl is installed.
//
// kustomize reads a kustomization with Go's JSON decoder after converting the YAML (go-yaml v2, YAML 1.1): unknown
// fields are an error (DisallowUnknownFields), key names match case-insensitively, and a value must have the Go type
// exactly (`newTag: 1.25` is a number, not a string: the build fails).

/** A field's type: a Go scalar, a struct of this table, a list, a string map, an enumeration, or anything. */
export type KType =
  | 'string'
  | 'integer'
  | 'boolean'
  | 'any'
  | { struct: string }
  | { list: KType }
  | { map: 'string' | 'boolean' | 'any' }
  | { enum: readonly string[] };

export interface KField {
  type: KType;
  /** The field's place in the replacement, when it is deprecated (the issue and its quick fix live in KUS010). */
  deprecated?: string;
  /**
   * Set for fields that kustomize v5.5.0 (kubectl's) does not know yet but newer kustomize code has: they are not
   * reported as unknown (a newer standalone kustomize reads them), and not offered by completion.
   */
  since?: string;
}

export type KStruct = Record<string, KField>;

/** Newer than the kustomize v5.5.0 that kubectl 1.32 runs (`kubectl kustomize` rejects these fields). */
const NEWER = 'after v5.5.0';

const str: KField = { type: 'string' };
const int: KField = { type: 'integer' };
const bool: KField = { type: 'boolean' };
const strMap: KField = { type: { map: 'string' } };
const strList: KField = { type: { list: 'string' } };
const list = (struct: string, extra: Partial<KField> = {}): KField => ({ type: { list: { struct } }, ...extra });
const obj = (struct: string, extra: Partial<KField> = {}): KField => ({ type: { struct }, ...extra });

/** A resource id: group, version, kind, name, namespace (kustomize's `resid.ResId`, inlined in selectors). */
const RES_ID: KStruct = { group: str, version: str, kind: str, name: str, namespace: str };

const FIELD_OPTIONS: KStruct = { delimiter: str, index: int, encoding: str, create: bool, fullText: { ...str, since: NEWER }, enddelimiter: { ...str, since: NEWER } };

const GENERATOR_ARGS: KStruct = {
  namespace: str,
  name: str,
  behavior: { type: { enum: ['create', 'replace', 'merge'] } },
  literals: strList,
  files: strList,
  envs: strList,
  env: { ...str, deprecated: 'envs' },
  options: obj('GeneratorOptions'),
  immutable: { ...bool, since: NEWER },
  ageIdentities: { ...strList, since: NEWER },
};

export const STRUCTS: Record<string, KStruct> = {
  Kustomization: {
    apiVersion: str,
    kind: str,
    metadata: obj('ObjectMeta'),
    openapi: strMap,
    namePrefix: str,
    nameSuffix: str,
    namespace: str,
    commonLabels: { ...strMap, deprecated: 'labels' },
    labels: list('Label'),
    commonAnnotations: strMap,
    patchesStrategicMerge: { ...strList, deprecated: 'patches' },
    patchesJson6902: { ...list('Patch'), deprecated: 'patches' },
    patches: list('Patch'),
    images: list('Image'),
    imageTags: { ...list('Image'), deprecated: 'images' },
    replacements: list('ReplacementField'),
    replicas: list('Replica'),
    vars: { ...list('Var'), deprecated: 'replacements' },
    sortOptions: obj('SortOptions'),
    resources: strList,
    components: strList,
    crds: strList,
    bases: { ...strList, deprecated: 'resources' },
    configMapGenerator: list('ConfigMapArgs'),
    secretGenerator: list('SecretArgs'),
    helmGlobals: obj('HelmGlobals'),
    helmCharts: list('HelmChart'),
    helmChartInflationGenerator: { ...list('HelmChartArgs'), deprecated: 'helmCharts' },
    generatorOptions: obj('GeneratorOptions'),
    configurations: strList,
    generators: strList,
    transformers: strList,
    validators: strList,
    buildMetadata: { type: { list: { enum: ['originAnnotations', 'transformerAnnotations', 'managedByLabel'] } } },
  },
  ObjectMeta: { name: str, namespace: str, labels: strMap, annotations: strMap },
  Label: {
    pairs: strMap,
    includeSelectors: bool,
    includeTemplates: bool,
    includeVolumeClaimTemplates: { ...bool, since: NEWER },
    fields: list('FieldSpec'),
  },
  FieldSpec: { group: str, version: str, kind: str, path: str, create: bool },
  Patch: { path: str, patch: str, target: obj('Selector'), options: { type: { map: 'boolean' } } },
  Selector: { ...RES_ID, annotationSelector: str, labelSelector: str },
  Image: { name: str, newName: str, newTag: str, digest: str, tagSuffix: str },
  ReplacementField: { path: str, source: obj('SourceSelector'), targets: list('TargetSelector') },
  SourceSelector: { ...RES_ID, fieldPath: str, options: obj('FieldOptions') },
  TargetSelector: { select: obj('Selector'), reject: list('Selector'), fieldPaths: strList, options: obj('FieldOptions') },
  FieldOptions: FIELD_OPTIONS,
  Replica: { name: str, count: int },
  Var: { name: str, objref: obj('VarTarget'), fieldref: obj('FieldSelector') },
  VarTarget: { apiVersion: str, ...RES_ID },
  FieldSelector: { fieldPath: str },
  SortOptions: { order: { type: { enum: ['legacy', 'fifo'] } }, legacySortOptions: obj('LegacySortOptions') },
  LegacySortOptions: { orderFirst: strList, orderLast: strList },
  ConfigMapArgs: GENERATOR_ARGS,
  SecretArgs: { ...GENERATOR_ARGS, type: str },
  GeneratorOptions: { labels: strMap, annotations: strMap, disableNameSuffixHash: bool, immutable: bool, fileMerge: { ...obj('FileMergeOptions'), since: NEWER } },
  FileMergeOptions: { mode: { type: { enum: ['files', 'content'] } } },
  HelmGlobals: { chartHome: str, configHome: str },
  HelmChart: {
    name: str,
    version: str,
    digest: { ...str, since: NEWER },
    repo: str,
    releaseName: str,
    namespace: str,
    additionalValuesFiles: strList,
    valuesFile: str,
    valuesInline: { type: { map: 'any' } },
    valuesMerge: { type: { enum: ['merge', 'override', 'replace'] } },
    includeCRDs: bool,
    skipHooks: bool,
    apiVersions: strList,
    kubeVersion: str,
    nameTemplate: str,
    skipTests: bool,
    debug: bool,
    devel: { ...bool, since: NEWER },
  },
  HelmChartArgs: {
    chartName: str,
    chartVersion: str,
    chartRepoUrl: str,
    chartHome: str,
    chartRepoName: str,
    helmBin: str,
    helmHome: str,
    values: str,
    valuesLocal: { type: { map: 'any' } },
    valuesMerge: str,
    releaseName: str,
    releaseNamespace: str,
    extraArgs: strList,
  },
};

/** The fields of a struct, or undefined. */
export function structOf(name: string): KStruct | undefined {
  return Object.prototype.hasOwnProperty.call(STRUCTS, name) ? STRUCTS[name] : undefined;
}

/** The field of a struct a key names: exactly, else case-insensitively as Go's decoder matches (with the exact name). */
export function fieldOf(struct: KStruct, key: string): { name: string; field: KField; exact: boolean } | undefined {
  if (Object.prototype.hasOwnProperty.call(struct, key)) return { name: key, field: struct[key], exact: true };
  const lower = key.toLowerCase();
  for (const [name, field] of Object.entries(struct)) if (name.toLowerCase() === lower) return { name, field, exact: false };
  return undefined;
}

/** The type at a path of a kustomization (list indexes as numbers), or undefined where the table does not say. */
export function typeAtPath(path: readonly (string | number)[], root = 'Kustomization'): KType | undefined {
  let t: KType | undefined = { struct: root };
  for (const seg of path) {
    if (!t || typeof t !== 'object') return undefined;
    if ('list' in t) {
      if (typeof seg !== 'number') return undefined;
      t = t.list;
      continue;
    }
    if ('map' in t) {
      t = t.map === 'any' ? 'any' : t.map;
      continue;
    }
    if ('struct' in t) {
      if (typeof seg !== 'string') return undefined;
      const s = structOf(t.struct);
      const f = s ? fieldOf(s, seg) : undefined;
      t = f?.field.type;
      continue;
    }
    return undefined;
  }
  return t;
}

/** A type as a learner reads it: `string`, `list of Patch`, `map of string`, one of `create | replace | merge`. */
export function typeLabel(t: KType): string {
  if (typeof t === 'string') return t;
  if ('struct' in t) return t.struct;
  if ('list' in t) return `list of ${typeLabel(t.list)}`;
  if ('map' in t) return `map of ${t.map}`;
  return t.enum.join(' | ');
}

/** The API version each kind of kustomization must have (kustomize's EnforceFields). */
export const KUSTOMIZE_API: Record<string, string> = {
  Kustomization: 'kustomize.config.k8s.io/v1beta1',
  Component: 'kustomize.config.k8s.io/v1alpha1',
};
