// The kustomize model: the paths a kustomization refers to (found once per document version), and the graph of
// kustomizations they make, walked through the workspace index (each kustomization's paths are parsed once per file
// version there, an unsaved edit included) and the confined file access — never outside the workspace, bounded in
// depth and size.
import { posix } from 'node:path';
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import type { WorkspaceFs } from '../workspace/fs';
import type { WorkspaceView } from '../workspace/view';
import type { FactsPart, KustomizationFacts, KustomizeEdgeFact, SymbolFact } from '../workspace/facts';
import { basename, dirOf, kustomizationIn } from '../common/paths';
import { getValue, isSeq, mapPairs, pairKey, scalarString, scalarValue, seqItems, toRange, type YamlNode } from '../yaml';

export const MAX_DEPTH = 50;
export const MAX_NODES = 500;

/**
 * What a path entry must point at: a resource (a file, or a folder with a kustomization), a kustomization folder
 * (components, bases), a file, or either a file or a folder (generator `files` may name a folder).
 */
export type PathExpect = 'resource' | 'kustomization' | 'file' | 'any';

export function isRemote(ref: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i.test(ref) || /\?ref=|\/\/.+\?/.test(ref);
}

export { kustomizationIn };

export interface PathRef {
  /** The field, as a learner reads it: `resources`, `patches`, `configMapGenerator.files` … */
  key: string;
  /** The path as kustomize reads it (a generator's `key=path` without the key). */
  value: string;
  expect: PathExpect;
  node: YamlNode;
}

const refsCache = new WeakMap<YamlDocModel, PathRef[]>();

/** The path entries of a kustomization document, once per document version. */
export function kustomizationRefs(doc: YamlDocModel): PathRef[] {
  let refs = refsCache.get(doc);
  if (!refs) refsCache.set(doc, (refs = pathRefs(doc.yaml.doc.contents)));
  return refs;
}

/** Lists of paths, by field. */
const LIST_FIELDS: [string, PathExpect][] = [
  ['resources', 'resource'],
  ['bases', 'resource'],
  ['components', 'kustomization'],
  ['crds', 'file'],
  ['patchesStrategicMerge', 'file'],
  ['configurations', 'file'],
  // Plugin configs: a file, or a folder whose kustomization builds them.
  ['generators', 'resource'],
  ['transformers', 'resource'],
  ['validators', 'resource'],
];

/**
 * The path entries of a kustomization document: every field kustomize reads a local file or folder from. Remote
 * references, inline content (a `patchesStrategicMerge` entry or a generator/transformer config written out in the
 * list) and templated values are left out.
 */
export function pathRefs(root: unknown): PathRef[] {
  const out: PathRef[] = [];
  const add = (key: string, node: unknown, expect: PathExpect, strip?: (v: string) => string) => {
    const raw = scalarString(node);
    if (!raw || raw.includes('\n') || isRemote(raw) || raw.includes('$')) return;
    const value = strip ? strip(raw) : raw;
    if (value) out.push({ key, value, expect, node: node as YamlNode });
  };
  for (const [key, expect] of LIST_FIELDS) {
    const list = getValue(root, key);
    if (!isSeq(list)) continue;
    for (const item of seqItems(list)) add(key, item, expect);
  }
  for (const key of ['patches', 'patchesJson6902', 'replacements']) {
    for (const item of seqItems(getValue(root, key))) add(key, getValue(item, 'path'), 'file');
  }
  for (const gen of ['configMapGenerator', 'secretGenerator']) {
    for (const item of seqItems(getValue(root, gen))) {
      // `files: [key=path]`: the part after the first `=` is the path.
      for (const f of seqItems(getValue(item, 'files'))) add(`${gen}.files`, f, 'any', (v) => v.slice(v.indexOf('=') + 1));
      for (const f of seqItems(getValue(item, 'envs'))) add(`${gen}.envs`, f, 'file');
      add(`${gen}.env`, getValue(item, 'env'), 'file');
    }
  }
  add('openapi.path', getValue(getValue(root, 'openapi'), 'path'), 'file');
  for (const chart of seqItems(getValue(root, 'helmCharts'))) {
    add('helmCharts.valuesFile', getValue(chart, 'valuesFile'), 'file');
    for (const f of seqItems(getValue(chart, 'additionalValuesFiles'))) add('helmCharts.additionalValuesFiles', f, 'file');
  }
  // In the order they are written.
  return out.sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0));
}

/** Keys whose folders are kustomizations that are built into this one. */
const BUILT = new Set(['resources', 'bases', 'components']);

/** Kustomization files a kustomization file refers to (resources/bases/components that are folders). */
function childKustomizations(fs: WorkspaceFs, workspace: WorkspaceView, file: string): string[] {
  const out: string[] = [];
  for (const e of workspace.factsOf(file, 'yaml')?.kustomize?.edges ?? []) {
    if (!BUILT.has(e.key) || !fs.contains(e.path) || !fs.isDirectory(e.path)) continue;
    const k = kustomizationIn(fs, e.path);
    if (k) out.push(k);
  }
  return out;
}

export interface GraphProblem {
  kind: 'cycle' | 'too-deep';
  /** The chain of kustomization files, starting at the one being checked. */
  chain: string[];
}

/**
 * Follow the kustomizations reachable from `start` (depth-first). Reports a cycle back to any file on the current
 * chain, or a chain deeper than MAX_DEPTH; visits at most MAX_NODES files.
 */
export function walkGraph(fs: WorkspaceFs, workspace: WorkspaceView, start: string, firstChildren: string[]): GraphProblem | undefined {
  const done = new Set<string>();
  let visits = 0;
  const chain: string[] = [start];
  const visit = (file: string, children: string[]): GraphProblem | undefined => {
    for (const child of children) {
      if (chain.includes(child)) return { kind: 'cycle', chain: [...chain, child] };
      if (done.has(child)) continue;
      if (chain.length >= MAX_DEPTH) return { kind: 'too-deep', chain: [...chain, child] };
      if (++visits > MAX_NODES) return undefined;
      chain.push(child);
      const p = visit(child, childKustomizations(fs, workspace, child));
      chain.pop();
      if (p) return p;
      done.add(child);
    }
    void file;
    return undefined;
  };
  return visit(start, firstChildren);
}

const ownCache = new WeakMap<YamlDocModel, KustomizationFacts>();

/** A kustomization document's own facts (as the index would keep them), once per document version. */
export function ownFacts(model: DocumentModel, doc: YamlDocModel): KustomizationFacts {
  let hit = ownCache.get(doc);
  if (!hit) ownCache.set(doc, (hit = kustomizeFacts(model, [doc]).kustomize!));
  return hit;
}

/** What the index keeps of a kustomization: the paths it refers to (its edges in the graph). */
export function kustomizeFacts(model: DocumentModel, docs: YamlDocModel[]): FactsPart {
  const doc = docs[0];
  const base = dirOf(model.path);
  const edges: KustomizeEdgeFact[] = [];
  for (const r of kustomizationRefs(doc)) {
    const range = toRange(model.index, r.node as { range?: [number, number, number] });
    if (range) edges.push({ key: r.key, value: r.value, path: posix.resolve(base, r.value), range });
  }
  const symbols: SymbolFact[] = [{ name: `${(doc.kind ?? 'Kustomization').toLowerCase()} ${basename(base) || base}`, kind: 2, range: model.index.range(doc.start, doc.start), container: model.path }];
  // Images whose tag (or digest, or name) this kustomization sets: a manifest's untagged `image: app` is not untagged.
  const images = seqItems(getValue(doc.yaml.doc.contents, 'images'))
    .filter((i) => ['newTag', 'digest', 'newName'].some((k) => getValue(i, k) !== undefined))
    .map((i) => scalarString(getValue(i, 'name')))
    .filter((n): n is string => !!n);
  // ConfigMaps and Secrets its generators make: manifests may refer to them by name.
  const root = doc.yaml.doc.contents;
  const generated: NonNullable<KustomizationFacts['generated']> = [];
  for (const [key, kind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
    for (const g of seqItems(getValue(root, key))) {
      const name = scalarString(getValue(g, 'name'));
      if (!name) continue;
      const behavior = scalarString(getValue(g, 'behavior'));
      const ns = scalarString(getValue(g, 'namespace'));
      const range = toRange(model.index, getValue(g, 'name') as { range?: [number, number, number] });
      generated.push({ kind, name, ...(behavior === 'merge' || behavior === 'replace' ? { behavior } : {}), ...(ns ? { namespace: ns } : {}), ...(range ? { range } : {}) });
    }
  }
  const namespace = scalarString(getValue(root, 'namespace'));
  const namePrefix = scalarString(getValue(root, 'namePrefix'));
  const nameSuffix = scalarString(getValue(root, 'nameSuffix'));
  const labels: Record<string, string> = {};
  const addPairs = (m: unknown) => {
    for (const p of mapPairs(m)) {
      const k = pairKey(p);
      const v = scalarString(p.value);
      if (k !== null && v !== undefined) labels[k] = v;
    }
  };
  addPairs(getValue(root, 'commonLabels'));
  for (const l of seqItems(getValue(root, 'labels'))) addPairs(getValue(l, 'pairs'));
  const imageRenames = seqItems(getValue(root, 'images'))
    .map((i) => ({ name: scalarString(getValue(i, 'name')) ?? '', newName: scalarString(getValue(i, 'newName')) ?? '' }))
    .filter((r) => r.name && r.newName);
  const opaque: string[] = [];
  const listed = (key: string) => seqItems(getValue(root, key)).map(scalarString);
  if ([...listed('resources'), ...listed('bases'), ...listed('components')].some((v) => v !== undefined && (isRemote(v) || v.includes('$')))) opaque.push('remote');
  if (seqItems(getValue(root, 'helmCharts')).length || seqItems(getValue(root, 'helmChartInflationGenerator')).length) opaque.push('helm');
  if (['generators', 'transformers'].some((k) => seqItems(getValue(root, k)).length)) opaque.push('plugins');
  if (seqItems(getValue(root, 'configurations')).length || seqItems(getValue(root, 'crds')).length) opaque.push('configurations');
  const addsSelectors =
    mapPairs(getValue(root, 'commonLabels')).length > 0 ||
    seqItems(getValue(root, 'labels')).some((l) => scalarValue(getValue(l, 'includeSelectors')) === true) ||
    seqItems(getValue(root, 'transformers')).length > 0;
  const facts: KustomizationFacts = { kind: doc.kind ?? 'Kustomization', edges };
  if (images.length) facts.images = images;
  if (generated.length) facts.generated = generated;
  if (namespace) facts.namespace = namespace;
  if (namePrefix) facts.namePrefix = namePrefix;
  if (nameSuffix) facts.nameSuffix = nameSuffix;
  if (Object.keys(labels).length) facts.labels = labels;
  if (imageRenames.length) facts.imageRenames = imageRenames;
  if (opaque.length) facts.opaque = opaque;
  if (addsSelectors) facts.addsSelectors = true;
  return { kustomize: facts, symbols };
}
