// The kustomization graph: which files and folders a kustomization refers to, resolved against the workspace.
// Walks other kustomizations through WorkspaceFs only (never outside the workspace), bounded in depth and size.
import { posix } from 'node:path';
import type { WorkspaceFs } from '../workspace/fs';
import { getValue, isSeq, mapPairs, pairKey, parseYamlFile, scalarString, seqItems, type YamlNode } from '../yaml';

export const MAX_DEPTH = 50;
export const MAX_NODES = 500;
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Keys whose list items are paths (files or kustomization folders). */
export const PATH_KEYS = ['resources', 'bases', 'components', 'crds', 'patchesStrategicMerge'] as const;

export function isRemote(ref: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i.test(ref) || /\?ref=|\/\/.+\?/.test(ref);
}

export function dirOf(path: string): string {
  return posix.dirname(path.replace(/\\/g, '/'));
}

export function kustomizationIn(fs: WorkspaceFs, dir: string): string | undefined {
  for (const f of KUSTOMIZATION_FILES) {
    const p = posix.join(dir, f);
    if (fs.exists(p) && !fs.isDirectory(p)) return p;
  }
  return undefined;
}

export interface PathRef {
  key: string;
  value: string;
  node: YamlNode;
}

/** The path entries of a kustomization document (remote refs and templated values left out). */
export function pathRefs(root: unknown): PathRef[] {
  const out: PathRef[] = [];
  for (const key of PATH_KEYS) {
    const list = getValue(root, key);
    if (!isSeq(list)) continue;
    for (const item of seqItems(list)) {
      const value = scalarString(item);
      if (value && !isRemote(value) && !value.includes('$')) out.push({ key, value, node: item as YamlNode });
    }
  }
  // patches: [{ path: … }]
  const patches = getValue(root, 'patches');
  for (const item of seqItems(patches)) {
    const p = mapPairs(item).find((x) => pairKey(x) === 'path');
    const value = p ? scalarString(p.value) : undefined;
    if (p && value && !isRemote(value)) out.push({ key: 'patches', value, node: p.value as YamlNode });
  }
  return out;
}

/** Kustomization folders a kustomization file refers to (resources/bases/components that are folders). */
function childKustomizations(fs: WorkspaceFs, file: string): string[] {
  const text = fs.readFile(file);
  if (text === undefined) return [];
  let root: unknown;
  try {
    root = parseYamlFile(text).docs[0]?.doc.contents;
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const r of pathRefs(root)) {
    if (r.key === 'patchesStrategicMerge' || r.key === 'patches' || r.key === 'crds') continue;
    const target = posix.resolve(dirOf(file), r.value);
    if (!fs.contains(target) || !fs.isDirectory(target)) continue;
    const k = kustomizationIn(fs, target);
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
export function walkGraph(fs: WorkspaceFs, start: string, firstChildren: string[]): GraphProblem | undefined {
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
      const p = visit(child, childKustomizations(fs, child));
      chain.pop();
      if (p) return p;
      done.add(child);
    }
    void file;
    return undefined;
  };
  return visit(start, firstChildren);
}
