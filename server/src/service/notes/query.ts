/**
 * What to look for in the learner's notes when a hover explains a knowledge-base entry: the thing hovered in every
 * spelling we know, the words around it, and the sections the entry cites.
 */
import type { KbEntry } from '../data/schema';
import { koreanFor } from './glossary';
import type { NotesQuery } from './index';

/** The words of an entry id's format, as notes name them. */
const FORMAT_WORDS: Record<string, string[]> = {
  dockerfile: ['Dockerfile', 'docker', '도커', '이미지'],
  compose: ['compose', 'docker-compose', '컴포즈'],
  kubernetes: ['kubernetes', 'k8s', 'kubectl', '쿠버네티스', 'manifest', '매니페스트'],
  kustomize: ['kustomize', 'kustomization', 'kust', '커스터마이즈'],
  ansible: ['ansible', 'playbook', '앤서블', '플레이북'],
};

/** Id segments that say what kind of entry it is, not what it is about. */
const STRUCTURAL = new Set(['kind', 'field', 'value', 'instruction', 'keyword', 'module', 'option', 'services', 'service', 'spec', 'template', 'ref', 'builtin', 'ansible', 'var', 'filter', 'test', 'api', 'flag', 'directive']);

export interface HoverQueryInput {
  entry: KbEntry;
  /** The text the hover's range covers in the document. */
  hovered: string;
  /** The entry's citations with the note's file name resolved. */
  cited: { file: string; section: string }[];
  /** Extra words around the place (the resource kind, the parent key), if the caller knows them. */
  around?: string[];
}

export function hoverQuery({ entry, hovered, cited, around = [] }: HoverQueryInput): NotesQuery {
  const segments = entry.id.split('.');
  const format = segments[0];
  const subjects = new Set<string>();
  const context = new Set<string>([...(FORMAT_WORDS[format] ?? []), ...around]);
  const add = (set: Set<string>, term: string | undefined) => {
    const t = term?.trim();
    if (!t || t.length < 2 || t.length > 60) return;
    set.add(t);
    for (const ko of koreanFor(t)) set.add(ko);
  };
  // The hovered word: a value like `nginx:1.27` is looked up by its name part; a `--flag=x` by the flag.
  const word = hovered.trim().replace(/^["']|["']$/g, '').split(/[=:\s]/)[0].replace(/^-+/, '');
  if (/^[\w.-]+$/.test(word) || /[\uac00-\ud7a3]/.test(word)) add(subjects, word);
  const leaf = segments[segments.length - 1];
  if (leaf && leaf !== '*' && !STRUCTURAL.has(leaf)) add(subjects, leaf);
  // The title's name part ("Pod — …", "`maxSurge` — …").
  const head = entry.title.en.split(/ [—–-] /)[0].replace(/`/g, '').trim();
  if (/^[A-Za-z][\w.-]*$/.test(head)) add(subjects, head);
  for (const k of entry.keywords?.en ?? []) add(subjects, k);
  for (const k of entry.keywords?.ko ?? []) subjects.add(k);
  // The other segments are the surroundings: `kubernetes.value.deployment-strategy.RollingUpdate` → deployment, strategy.
  for (const s of segments.slice(1, -1)) {
    if (STRUCTURAL.has(s) || s === '*' || s === '**') continue;
    for (const part of s.split('-')) if (!subjects.has(part)) add(context, part);
  }
  for (const s of subjects) context.delete(s);
  return { subjects: [...subjects], context: [...context], cited };
}
