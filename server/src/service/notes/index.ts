/**
 * The learner's own notes, indexed for hovers and "Search my notes": every `.md`/`.txt` file of the configured
 * folders, cut into headings and passages (`parse.ts`), with per-file postings of English words and Hangul pairs so a
 * query touches only the lines that can match.
 *
 * Matching is tolerant of how Korean notes are written: an English term matches with a Korean particle glued to it
 * (`Deployment를`, `maxSurge:`), a Korean term matches inside a longer word and regardless of spaces (`핸들러는`,
 * `롤링업데이트` for `롤링 업데이트`). A hover shows a passage only when a line names the thing hovered *and* the
 * passage sits where the notes talk about it (a cited section, a heading naming it, the format's own part of the notes);
 * otherwise nothing — a weak quote is worse than none.
 *
 * Bounded: at most MAX_FILES files of at most MAX_FILE_BYTES each, MAX_TOTAL_BYTES in all (the rest is skipped and
 * counted), queries look at no more than MAX_CANDIDATES lines.
 */
import { headingChain, headingPath, normalizeHeading, parseNote, type ParsedNote } from './parse';

export const MAX_FILES = 2000;
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
const MAX_CANDIDATES = 5000;

export interface NotesQuery {
  /** The thing hovered, in every spelling we know (English as written, Korean words): a quoted line names one. */
  subjects: string[];
  /** Words of the surroundings (the format, the kind, the parent key): a passage under them is about this. */
  context: string[];
  /** Sections the knowledge base cites for it: { file name, heading text }. */
  cited: { file: string; section: string }[];
}

export interface NoteLine {
  /** 0-based. */
  line: number;
  text: string;
}

export interface NoteMatch {
  path: string;
  /** Heading texts from the top of the file down to the passage's section. */
  heading: string[];
  /** The lines to quote (2–4, in file order). */
  lines: NoteLine[];
  /** The passage those lines belong to (0-based, inclusive). */
  start: number;
  end: number;
  kind: 'code' | 'bullet' | 'paragraph' | 'line';
  /** A code passage's language, from its fence (```yaml). */
  fence?: string;
  score: number;
}

interface FileIndex {
  path: string;
  name: string;
  bytes: number;
  note: ParsedNote;
  lower: string[];
  compact: string[];
  words: Map<string, number[]>;
  pairs: Map<string, number[]>;
  headingLines: Set<number>;
}

const WORD = /[a-z0-9_]+/g;
const HANGUL = /[\uac00-\ud7a3]/;

export class NotesIndex {
  private readonly files = new Map<string, FileIndex>();
  private total = 0;
  /** Files left out by the bounds (path → why), for the log and the status. */
  readonly skipped = new Map<string, string>();

  get size(): number {
    return this.files.size;
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /** Adds or replaces a file. Returns false when a bound keeps it out. */
  set(path: string, text: string): boolean {
    this.delete(path);
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_FILE_BYTES) return this.skip(path, 'file-too-large');
    if (this.files.size >= MAX_FILES) return this.skip(path, 'too-many-files');
    if (this.total + bytes > MAX_TOTAL_BYTES) return this.skip(path, 'too-many-bytes');
    if (text.includes('\u0000')) return this.skip(path, 'binary');
    this.skipped.delete(path);
    const note = parseNote(text);
    const lower = note.lines.map((l) => l.toLowerCase());
    const compact = lower.map((l) => l.replace(/\s+/g, ''));
    const words = new Map<string, number[]>();
    const pairs = new Map<string, number[]>();
    const post = (map: Map<string, number[]>, key: string, i: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    for (let i = 0; i < lower.length; i++) {
      for (const m of lower[i].matchAll(WORD)) post(words, m[0], i);
      const c = compact[i];
      for (let k = 0; k + 1 < c.length; k++) if (HANGUL.test(c[k]) && HANGUL.test(c[k + 1])) post(pairs, c.slice(k, k + 2), i);
    }
    const name = path.replace(/^.*[\\/]/, '');
    this.files.set(path, { path, name, bytes, note, lower, compact, words, pairs, headingLines: new Set(note.headings.map((h) => h.line)) });
    this.total += bytes;
    return true;
  }

  delete(path: string): void {
    const f = this.files.get(path);
    if (f) {
      this.total -= f.bytes;
      this.files.delete(path);
    }
    this.skipped.delete(path);
  }

  clear(): void {
    this.files.clear();
    this.skipped.clear();
    this.total = 0;
  }

  /** Leaves a file out (the server does not read one larger than MAX_FILE_BYTES). */
  exclude(path: string, why: string): void {
    this.delete(path);
    this.skipped.set(path, why);
  }

  private skip(path: string, why: string): boolean {
    this.skipped.set(path, why);
    return false;
  }

  /** The best one or two passages for a hover, or none when nothing is clearly about it. */
  match(query: NotesQuery, limit = 2): NoteMatch[] {
    const subjects = terms(query.subjects);
    if (!subjects.length) return [];
    const context = terms(query.context);
    const scored: NoteMatch[] = [];
    let budget = MAX_CANDIDATES;
    for (const f of this.files.values()) {
      const cited = citedRanges(f, query.cited);
      // Line → the subjects it names.
      const hits = new Map<number, number>();
      // Notes are typed fast: `temlplate`, `nameSufix` and `untill` are the learner's template, nameSuffix, until.
      const fileSubjects = [...subjects, ...subjects.flatMap((t) => typosIn(f, t))];
      const exact = new Set<number>();
      for (let s = 0; s < fileSubjects.length && budget > 0; s++) {
        for (const i of candidates(f, fileSubjects[s])) {
          if (budget-- <= 0) break;
          // A heading is shown as the passage's place, never quoted as its text.
          if (f.note.passageOf[i] < 0 && f.headingLines.has(i)) continue;
          if (!matchesLine(f, i, fileSubjects[s])) continue;
          hits.set(i, (hits.get(i) ?? 0) + 1);
          if (!fileSubjects[s].typo) exact.add(i);
        }
      }
      if (!hits.size) continue;
      // Group by passage; a line outside any passage (a heading) stands alone.
      const groups = new Map<string, { start: number; end: number; kind: NoteMatch['kind']; lines: { i: number; score: number }[] }>();
      for (const [i, n] of hits) {
        const p = f.note.passageOf[i];
        const passage = p >= 0 ? f.note.passages[p] : { start: i, end: i, kind: 'line' as const };
        const key = `${passage.start}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { start: passage.start, end: passage.end, kind: passage.kind, lines: [] }));
        g.lines.push({ i, score: lineScore(f, i, n, fileSubjects, context, cited) - (exact.has(i) ? 0 : 0.5) });
      }
      for (const g of groups.values()) {
        g.lines.sort((a, b) => b.score - a.score || a.i - b.i);
        // A passage that explains it on several lines beats one mention; lines far below the best add nothing.
        const top = g.lines[0].score;
        const best = top + Math.min(0.5, 0.25 * g.lines.slice(1).filter((l) => l.score >= top - 1).length);
        if (best < THRESHOLD) continue;
        const heading = f.note.headingOf[g.start];
        scored.push({
          path: f.path,
          heading: heading >= 0 ? headingPath(f.note, heading).map((h) => h.text) : [],
          lines: quoteLines(f, g.start, g.end, g.lines.map((l) => l.i)),
          start: g.start,
          end: g.end,
          kind: g.kind,
          fence: g.kind === 'code' ? fenceLanguage(f.note.lines[g.start]) : undefined,
          score: best,
        });
      }
    }
    scored.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path) || a.start - b.start);
    const out: NoteMatch[] = [];
    for (const m of scored) {
      if (out.length >= limit) break;
      if (out.length && m.score < out[0].score * 0.85) break;
      // Two quotes from the same section say the same thing: keep the better one.
      if (out.some((o) => o.path === m.path && o.heading.join('\u0000') === m.heading.join('\u0000'))) continue;
      out.push(m);
    }
    return out;
  }

  /** "Search my notes": lines naming every word of the query (English words and Korean words), best first. */
  search(text: string, limit = 50): NoteMatch[] {
    const words = text
      .split(/\s+/)
      .map((w) => w.trim())
      .filter((w) => w.length >= 1)
      .slice(0, 8);
    const qs = terms(words);
    if (!qs.length) return [];
    const out: NoteMatch[] = [];
    for (const f of this.files.values()) {
      // Lines naming the rarest word, then checked for the others.
      let best: number[] | undefined;
      for (const t of qs) {
        const c = candidates(f, t);
        if (!best || c.length < best.length) best = c;
      }
      for (const i of best ?? []) {
        if (out.length >= limit * 4) break;
        if (!qs.every((t) => matchesLine(f, i, t) || headingNames(f, i, t))) continue;
        if (!qs.some((t) => matchesLine(f, i, t))) continue;
        const heading = f.note.headingOf[i];
        const p = f.note.passageOf[i];
        const passage = p >= 0 ? f.note.passages[p] : { start: i, end: i, kind: 'line' as const };
        out.push({
          path: f.path,
          heading: heading >= 0 ? headingPath(f.note, heading).map((h) => h.text) : [],
          lines: [{ line: i, text: f.note.lines[i] }],
          start: passage.start,
          end: passage.end,
          kind: 'line',
          score: qs.filter((t) => matchesLine(f, i, t)).length + (f.note.headings.some((h) => h.line === i) ? 1 : 0),
        });
      }
    }
    out.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path) || a.start - b.start);
    return out.slice(0, limit);
  }
}

/** Below this a passage is not quoted: a line naming the subject scores 1, and it needs a reason to be *about* it. */
const THRESHOLD = 3;

interface Term {
  raw: string;
  korean: boolean;
  /** Korean: the term without spaces, lowercased. English: the words (postings keys) and a line test. */
  compact: string;
  words: string[];
  re?: RegExp;
  spaced?: RegExp;
  /** A word of the notes one typo away from a subject. */
  typo?: boolean;
}

const MIN_TYPO_LENGTH = 6;

/** Words of a note one edit (a letter added, dropped, changed or two swapped) away from an English one-word term. */
function typosIn(f: FileIndex, t: Term): Term[] {
  if (t.korean || t.typo || t.words.length !== 1 || t.compact.length < MIN_TYPO_LENGTH || /\d/.test(t.compact)) return [];
  const want = t.compact;
  const out: Term[] = [];
  for (const w of f.words.keys()) {
    if (Math.abs(w.length - want.length) > 1 || w === want || w[0] !== want[0]) continue;
    // A plural or singular is the same word, not a typo (`hosts`/`host`): exact matching already decides those.
    if (w === `${want}s` || `${w}s` === want) continue;
    if (oneEditApart(w, want)) out.push({ raw: w, korean: false, compact: w, words: [w], re: new RegExp(`(?<![A-Za-z0-9_])${w}(?![A-Za-z0-9_])`, 'i'), typo: true });
  }
  return out;
}

function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    let first = -1;
    let diffs = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        if (++diffs > 2) return false;
        if (first < 0) first = i;
      }
    }
    if (diffs === 1) return true;
    // Two neighbours swapped.
    return diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

function terms(list: string[]): Term[] {
  const seen = new Set<string>();
  const out: Term[] = [];
  for (const raw0 of list) {
    const raw = raw0.trim();
    const key = raw.toLowerCase();
    if (!raw || seen.has(key)) continue;
    seen.add(key);
    if (HANGUL.test(raw)) {
      const compact = key.replace(/\s+/g, '');
      if (compact.length < 2) continue;
      // The same word with any spaces between its letters (`롤링업데이트`, `동일 핸들러 는`).
      const spaced = new RegExp([...compact].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'i');
      out.push({ raw, korean: true, compact, words: [], spaced });
    } else {
      const words = key.match(WORD) ?? [];
      if (!words.length || (words.length === 1 && words[0].length < 2)) continue;
      const escaped = raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-_ ]/g, '[-_ ]?');
      const re = new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9])`, 'i');
      out.push({ raw, korean: false, compact: key, words, re });
    }
  }
  return out;
}

function candidates(f: FileIndex, t: Term): number[] {
  if (t.korean) {
    let best: number[] | undefined;
    for (let k = 0; k + 1 < t.compact.length; k++) {
      const pair = t.compact.slice(k, k + 2);
      if (!HANGUL.test(pair[0]) || !HANGUL.test(pair[1])) continue;
      const list = f.pairs.get(pair) ?? [];
      if (!best || list.length < best.length) best = list;
    }
    return best ?? [];
  }
  let best: number[] | undefined;
  for (const w of t.words) {
    const list = f.words.get(w) ?? [];
    if (!best || list.length < best.length) best = list;
  }
  // `max-size` is indexed as `max` and `size`; `max_size` as one word: look both ways.
  if (t.words.length > 1) {
    const joined = f.words.get(t.words.join('_'));
    if (joined) best = [...new Set([...(best ?? []), ...joined])].sort((a, b) => a - b);
  }
  return best ?? [];
}

function matchesLine(f: FileIndex, i: number, t: Term): boolean {
  return t.korean ? f.compact[i].includes(t.compact) : t.re!.test(f.note.lines[i]);
}

function headingNames(f: FileIndex, i: number, t: Term): boolean {
  const h = f.note.headingOf[i];
  if (h < 0) return false;
  return headingPath(f.note, h).some((x) => named(x.text, t));
}

function citedRanges(f: FileIndex, cited: NotesQuery['cited']): Set<number> {
  const out = new Set<number>();
  for (const c of cited) {
    if (c.file !== f.name) continue;
    const want = normalizeHeading(c.section);
    f.note.headings.forEach((h, k) => {
      if (h.text === want) out.add(k);
    });
  }
  return out;
}

function lineScore(f: FileIndex, i: number, subjectsNamed: number, subjects: Term[], context: Term[], cited: Set<number>): number {
  let score = 1 + 0.5 * (subjectsNamed - 1);
  const h = f.note.headingOf[i];
  const chain = h >= 0 ? headingChain(f.note, h) : [];
  const path = chain.map((k) => f.note.headings[k]);
  if (chain.some((k) => cited.has(k))) score += 3;
  if (path.some((x) => subjects.some((t) => named(x.text, t)))) score += 2;
  else if (path.some((x) => context.some((t) => named(x.text, t)))) score += 1;
  // The passage itself speaks of the surroundings (the kind, the parent key, the format).
  const p = f.note.passageOf[i];
  if (p >= 0 && context.length) {
    const { start, end } = f.note.passages[p];
    for (let k = Math.max(start, i - 12); k <= Math.min(end, i + 12); k++) {
      if (k !== i && context.some((t) => matchesLine(f, k, t))) {
        score += 0.5;
        break;
      }
    }
  }
  const text = f.note.lines[i];
  if (p >= 0 && f.note.passages[p].kind === 'code') {
    // In code, what explains is the learner's comment; a bare line only repeats what the file being edited says.
    if (COMMENTED.test(text)) score += 1.5;
    else if (!HANGUL.test(text)) score -= 1;
    return score;
  }
  // The line is about it: it starts with it ("* EXPOSE는 …") or makes it the topic (`ADD는`, `depends_on이란`).
  if (subjects.some((t) => isTopic(text, t))) score += 1;
  // An explanation in the learner's words.
  if (HANGUL.test(text)) score += 0.5;
  return score;
}

/** A line of code with the learner's comment in Korean. */
const COMMENTED = /\S\s*(#|\/\/).*[\uac00-\ud7a3]/;
const LEAD = /^\s*(?:[*+-]|\d+[.)])?\s*[`"'“]?/;
const TOPIC_PARTICLE = /^[`"'”]?\s?(?:은|는|이란|란|이라는|라는|이|가)(?![\uac00-\ud7a3])/;

function isTopic(text: string, t: Term): boolean {
  const m = (t.korean ? t.spaced! : t.re!).exec(text);
  if (!m) return false;
  if (LEAD.exec(text)![0].length === m.index) return true;
  return TOPIC_PARTICLE.test(text.slice(m.index + m[0].length));
}

function named(text: string, t: Term): boolean {
  return t.korean ? text.toLowerCase().replace(/\s+/g, '').includes(t.compact) : t.re!.test(text);
}

/** The matching lines (at most four), or a matching line and the line after it when only one matches. */
function quoteLines(f: FileIndex, start: number, end: number, matched: number[]): NoteLine[] {
  const picked = new Set(matched.slice(0, 4));
  // One line that explains itself (Korean prose, a code line with a Korean comment) needs no neighbour.
  const selfExplained = picked.size === 1 && (f.note.lines[matched[0]].match(/[\uac00-\ud7a3]/g)?.length ?? 0) >= 12;
  if (picked.size === 1 && !selfExplained) {
    const only = matched[0];
    for (let k = only + 1; k <= end && picked.size < 2; k++) if (f.note.lines[k].trim() && !/^\s*(```|~~~)/.test(f.note.lines[k])) picked.add(k);
    if (picked.size === 1) for (let k = only - 1; k >= start && picked.size < 2; k--) if (f.note.lines[k].trim() && !/^\s*(```|~~~)/.test(f.note.lines[k])) picked.add(k);
  }
  return [...picked].sort((a, b) => a - b).map((line) => ({ line, text: f.note.lines[line] }));
}

function fenceLanguage(line: string): string | undefined {
  const m = /^\s*(?:```|~~~)\s*([\w+-]+)/.exec(line);
  return m?.[1].toLowerCase();
}
