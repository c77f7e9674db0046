// The fuzzer's seed files: every file of test/fixtures, examples and ../shared/corpus that is one of our file kinds
// (classification depends on the name, so each file keeps its path), in a stable order.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileKindOf } from '../../server/src/service/formats';

type FileKind = 'dockerfile' | 'yaml' | 'inventory' | 'other';
const fileKind = (path: string, languageId?: string) => fileKindOf(path, languageId) as FileKind;
import { ROOT, CORPUS_DIR } from '../helpers';
import { GENERATED, generate, type AnsibleGenerator } from './ansible';
import { Rng } from './mutate';

export const MAX_SEED_BYTES = 200 * 1024;

export interface SeedFile {
  /** Absolute path (its name drives classification). */
  path: string;
  /** Shown in reports: relative to the repository (../shared/corpus/… for the shared corpus). */
  rel: string;
  uri: string;
  kind: Exclude<FileKind, 'other'>;
  /** The language id an editor would give it. */
  languageId: string;
  text: string;
  /**
   * A generated file (no file on disk; its path lies under ROOT/generated/ and drives classification): every case
   * makes a fresh document with this generator (`text` is one sample, for the sweep and the server's full changes).
   */
  generator?: AnsibleGenerator;
}

export const SEED_ROOTS = [join(ROOT, 'test', 'fixtures'), join(ROOT, 'examples'), CORPUS_DIR];

const LANGUAGE: Record<Exclude<FileKind, 'other'>, string> = { dockerfile: 'dockerfile', yaml: 'yaml', inventory: 'ini' };

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name === '.git' || name === 'node_modules') continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile() && st.size <= MAX_SEED_BYTES) out.push(p);
  }
}

let cached: SeedFile[] | undefined;

/** The seed files (missing roots are skipped; the list is cached). */
export function seedFiles(): SeedFile[] {
  if (cached) return cached;
  const paths: string[] = [];
  for (const root of SEED_ROOTS) if (existsSync(root)) walk(root, paths);
  const files: SeedFile[] = [];
  for (const path of paths) {
    const kind = fileKind(path);
    if (kind === 'other') continue;
    files.push({ path, rel: relative(ROOT, path), uri: pathToFileURL(path).href, kind, languageId: LANGUAGE[kind], text: readFileSync(path, 'utf8') });
  }
  files.push(...generatedFiles());
  return (cached = files);
}

/** The generated Ansible seed files (playbooks, task and handler files, vars, INI inventories). */
export function generatedFiles(): SeedFile[] {
  return GENERATED.map((g, i) => {
    const path = join(ROOT, g.rel);
    const kind = fileKind(path);
    if (kind === 'other') throw new Error(`generated seed ${g.rel} is none of our file kinds`);
    // The sample text: fixed per file (the sweep cuts it at every line).
    return { path, rel: g.rel, uri: pathToFileURL(path).href, kind, languageId: g.kind === 'inventory' ? 'ini' : 'ansible', text: generate(g.kind, new Rng(0xa5b1e + i)), generator: g.kind };
  });
}

/** A seed file that is not on disk (regression tests): `path` is relative to /work (its name drives classification). */
export function virtualFile(path: string, text: string, languageId?: string): SeedFile {
  const abs = `/work/${path}`;
  const kind = fileKind(abs, languageId);
  if (kind === 'other') throw new Error(`${path} is none of our file kinds`);
  return { path: abs, rel: path, uri: `file://${abs}`, kind, languageId: languageId ?? LANGUAGE[kind], text };
}

/**
 * Case n's file: Dockerfiles, Compose files, the rest (Kubernetes, kustomize, Ansible) and the generated Ansible
 * documents take turns, so the formats with the most features are not drowned by the hundreds of Kubernetes and
 * Ansible files; within a group the files come round in order, so every file is fuzzed.
 */
export function pickFile(files: SeedFile[], n: number): SeedFile {
  const groups = [
    files.filter((f) => f.kind === 'dockerfile'),
    files.filter((f) => f.kind === 'yaml' && !f.generator && /(^|[\\/])(docker-)?compose[^\\/]*\.ya?ml$/i.test(f.path)),
  ];
  groups.push(files.filter((f) => f.generator));
  groups.push(files.filter((f) => !groups.some((g) => g.includes(f))));
  const nonEmpty = groups.filter((g) => g.length);
  const g = nonEmpty[n % nonEmpty.length];
  return g[Math.floor(n / nonEmpty.length) % g.length];
}
