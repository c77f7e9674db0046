import type { DocumentModel } from '../model';
/**
 * In-file suppression comments. They name rule ids, never message text (messages are translated):
 *
 *   # devops-hints-ignore DF001 DF004      on its own line: silences these rules on the next non-comment line;
 *                                         after content on a line (YAML): silences them on that line
 *   # devops-hints-ignore-file K8S001     anywhere: silences the rule in the whole file
 *   # devops-hints-ignore                 with no ids: every rule on the next line
 */
export const IGNORE_RE = /#\s*devops-hints-ignore(-file)?\b([ \t]+[A-Za-z0-9_, \t-]*)?/;

export interface Suppressions {
  file: Set<string>;
  /** 0-based line → rule ids ('*' = all). */
  lines: Map<number, Set<string>>;
}

export function parseSuppressions(text: string): Suppressions {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  if (!text.includes('devops-hints-ignore')) return { file, lines };
  const all = text.split(/\r\n|\r|\n/);
  let pending: Set<string> | undefined;
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    const trimmed = line.trim();
    const m = IGNORE_RE.exec(line);
    if (m) {
      const ids = (m[2] ?? '').split(/[\s,]+/).filter((s) => /^[A-Za-z]+\d+$/.test(s)).map((s) => s.toUpperCase());
      const set = new Set(ids.length ? ids : ['*']);
      if (m[1]) {
        for (const id of set) file.add(id);
        continue;
      }
      if (trimmed.startsWith('#')) {
        pending = pending ? new Set([...pending, ...set]) : set;
        continue;
      }
      addAll(lines, i, set);
      continue;
    }
    if (pending && trimmed !== '' && !trimmed.startsWith('#')) {
      addAll(lines, i, pending);
      pending = undefined;
    }
  }
  return { file, lines };
}

function addAll(map: Map<number, Set<string>>, line: number, ids: Set<string>) {
  const cur = map.get(line);
  if (cur) for (const id of ids) cur.add(id);
  else map.set(line, new Set(ids));
}

export function isSuppressed(s: Suppressions, ruleId: string, line: number): boolean {
  if (s.file.has(ruleId) || s.file.has('*')) return true;
  const ids = s.lines.get(line);
  return !!ids && (ids.has(ruleId) || ids.has('*'));
}

const cache = new WeakMap<DocumentModel, Suppressions>();

/** The suppression comments of a model, read once per document version. */
export function suppressionsOf(model: DocumentModel): Suppressions {
  let s = cache.get(model);
  if (!s) cache.set(model, (s = parseSuppressions(model.skipped === 'too-large' ? '' : model.text)));
  return s;
}
