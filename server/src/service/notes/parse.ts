/**
 * A study note (markdown or plain text, often exported from a notes app) cut into what a hover can quote: headings
 * (`#`…, a line that is only `**bold**`, `### [ Day45 ] …`) and passages (a fenced code block, a bullet with the lines
 * indented under it, a paragraph), each line with the heading it sits under.
 *
 * Pure: text in, structure out. Bounded by the caller (the index caps the bytes it gives us).
 */

export interface NoteHeadingLine {
  /** 0-based line. */
  line: number;
  /** 1–6 for `#` headings; 7 for a bold line (always under the nearest `#` heading). */
  level: number;
  text: string;
  /** Index of the enclosing heading in `headings`, or -1. */
  parent: number;
}

export interface NotePassage {
  /** 0-based, inclusive. */
  start: number;
  end: number;
  kind: 'code' | 'bullet' | 'paragraph';
}

export interface ParsedNote {
  lines: string[];
  headings: NoteHeadingLine[];
  passages: NotePassage[];
  /** For each line: the index of the heading it sits under (-1 before the first), and of its passage (-1: none). */
  headingOf: Int32Array;
  passageOf: Int32Array;
}

const FENCE = /^\s*(```|~~~)/;
const MD_HEADING = /^(#{1,6})\s*(\S.*)$/;
const BOLD_HEADING = /^\s*\*\*([^*].*?[^*]|[^*])\*\*\s*:?\s*$/;
const BULLET = /^(\s*)([*+-]|\d+[.)])\s+/;

/** Heading text as shown and compared: no leading #s, no bold markers, whitespace folded. */
export function normalizeHeading(text: string): string {
  return text.replace(/^#+/, '').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

export function parseNote(text: string): ParsedNote {
  const lines = text.split(/\r?\n/);
  const headings: NoteHeadingLine[] = [];
  const passages: NotePassage[] = [];
  const headingOf = new Int32Array(lines.length).fill(-1);
  const passageOf = new Int32Array(lines.length).fill(-1);
  const stack: number[] = []; // indices of open headings, by level
  let current = -1;
  let open: NotePassage | undefined; // the passage being grown
  let openIndent = 0;
  const close = () => {
    if (open) {
      // A passage ends at its last non-blank line.
      while (open.end > open.start && !lines[open.end].trim()) open.end--;
      passages.push(open);
      for (let i = open.start; i <= open.end; i++) passageOf[i] = passages.length - 1;
    }
    open = undefined;
  };
  const addHeading = (line: number, level: number, raw: string) => {
    while (stack.length && headings[stack[stack.length - 1]].level >= level) stack.pop();
    headings.push({ line, level, text: normalizeHeading(raw), parent: stack.length ? stack[stack.length - 1] : -1 });
    stack.push(headings.length - 1);
    current = headings.length - 1;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) {
      close();
      const start = i;
      let j = i + 1;
      while (j < lines.length && !FENCE.test(lines[j])) j++;
      const end = Math.min(j, lines.length - 1);
      for (let k = start; k <= end; k++) headingOf[k] = current;
      open = { start, end, kind: 'code' };
      close();
      i = end;
      continue;
    }
    headingOf[i] = current;
    const md = MD_HEADING.exec(line);
    if (md && !md[2].startsWith('!') && !(md[1].length === 1 && !/\s/.test(line[1] ?? ''))) {
      close();
      addHeading(i, md[1].length, md[2]);
      headingOf[i] = current;
      continue;
    }
    const bold = BOLD_HEADING.exec(line);
    if (bold && line.trim().length <= 80) {
      close();
      addHeading(i, 7, bold[1]);
      headingOf[i] = current;
      continue;
    }
    if (!line.trim()) continue; // blank lines neither open nor close: exported notes put one between every line
    const bullet = BULLET.exec(line);
    const indent = indentOf(line);
    if (bullet && indent === 0) {
      close();
      open = { start: i, end: i, kind: 'bullet' };
      openIndent = 0;
      continue;
    }
    if (open && open.kind === 'bullet' && indent > openIndent) {
      open.end = i;
      continue;
    }
    if (open && open.kind === 'paragraph' && i === open.end + 1) {
      open.end = i;
      continue;
    }
    close();
    open = { start: i, end: i, kind: bullet ? 'bullet' : 'paragraph' };
    openIndent = indent;
  }
  close();
  return { lines, headings, passages, headingOf, passageOf };
}

function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ') n += 1;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/** The indices of the headings from the top down to `index` (inclusive). */
export function headingChain(note: ParsedNote, index: number): number[] {
  const out: number[] = [];
  for (let i = index, guard = 0; i >= 0 && guard < 16; i = note.headings[i].parent, guard++) out.unshift(i);
  return out;
}

/** The headings from the top down to `index` (inclusive). */
export function headingPath(note: ParsedNote, index: number): NoteHeadingLine[] {
  return headingChain(note, index).map((i) => note.headings[i]);
}
