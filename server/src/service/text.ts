import type { Position, Range } from 'vscode-languageserver-types';

/** Offset ↔ position over one text, computed once per document version (LSP positions are UTF-16 based). */
export class LineIndex {
  private readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    // An offset between the \r and the \n of a CRLF is the end of its line (the line break is not a character).
    return { line: lo, character: Math.min(offset, this.lineEnd(lo)) - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 < this.starts.length) {
      let end = this.starts[line + 1];
      if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
      if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
      return end;
    }
    return this.text.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

export function containsPosition(range: Range, pos: Position): boolean {
  if (pos.line < range.start.line || pos.line > range.end.line) return false;
  if (pos.line === range.start.line && pos.character < range.start.character) return false;
  if (pos.line === range.end.line && pos.character > range.end.character) return false;
  return true;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Optimal-string-alignment distance (edits + adjacent swaps), bounded: returns max + 1 once it must exceed max. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** The closest candidate within a distance scaled to the word's length, or undefined ("did you mean …"). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const max = lower.length <= 3 ? 1 : lower.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase(), max);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** The words of a camelCase or snake/kebab name, lower-cased: `successfulJobsHistoryLimit` → successful, jobs, history, limit. */
export function nameWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_.-]+/).filter(Boolean).map((w) => w.toLowerCase());
}

/** Two words of a name are the same word, misspelt or shortened (`histoy` ~ `history`, `success` ~ `successful`). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a))) return true;
  return a.length >= 4 && b.length >= 4 && editDistance(a, b, 1) <= 1;
}

/**
 * "Did you mean": the closest candidate by spelling (`sepc` → `spec`), else by the words of the name, for names
 * misremembered rather than misspelt (`successHistoyLimit` → `successfulJobsHistoryLimit`, `minReadyHistoryLimit` →
 * `revisionHistoryLimit`): most of the words shared, the last word (the name's noun) weighing most.
 */
export function suggestName(word: string, candidates: readonly string[]): string | undefined {
  const near = closest(word, candidates);
  if (near) return near;
  const w = nameWords(word);
  if (w.length < 2) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const cw = nameWords(c);
    const shared = w.filter((x) => cw.some((y) => sameWord(x, y))).length;
    if (shared < 2 || shared * 2 < w.length) continue;
    const score = shared + (sameWord(w[w.length - 1], cw[cw.length - 1]) ? 1 : 0) - Math.abs(cw.length - w.length) * 0.1;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
