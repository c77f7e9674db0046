import type { Fact, Locale, Localized } from '../types';
import type { KbEntry, NoteFile } from '../data/schema';
import type { NoteMatch } from '../notes/index';
import { KnowledgeBase, fill, pick } from './knowledgeBase';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface RenderOptions {
  locale: Locale;
  markdown: boolean;
  /** Folders holding the notes: when one holds the cited file, the citation links to its line. */
  notesFolders?: string[];
  fileExists?: (path: string) => boolean;
}

/** A knowledge-base entry as hover content: title, body, then the note citations and official docs. */
export function renderEntry(kb: KnowledgeBase, entry: KbEntry, opts: RenderOptions, facts: Fact[] = [], args?: Record<string, string>): string {
  const { locale } = opts;
  const lines: string[] = [];
  const text = (l: Localized) => fill(pick(l, locale), args ?? {});
  const title = text(entry.title);
  lines.push(opts.markdown ? `**${title}**` : title, '');
  if (facts.length) {
    // What this place means in this file comes first: it is what the reader hovered for.
    const heading = kb.ui('hover.facts', locale);
    lines.push(opts.markdown ? `*${heading}*` : heading);
    for (const f of facts) {
      const local = Object.fromEntries(Object.entries(f.localArgs ?? {}).map(([k, v]) => [k, pick(v, locale)]));
      lines.push(`- ${kb.ui(f.id, locale, { ...f.args, ...local })}`);
    }
    lines.push('', opts.markdown ? '---' : '', '');
  }
  lines.push(text(entry.body).trim());
  const footer: string[] = [];
  for (const c of entry.notes ?? []) {
    const note = kb.note(c.note);
    const heading = note?.headings.find((h) => h.text === c.section);
    const label = `${kb.ui('hover.note', locale)}: ${note && heading ? citationTitle(note, heading, locale) : c.section}`;
    const link = note && heading ? noteLink(note.file, heading.line, opts) : undefined;
    footer.push(opts.markdown && link ? `📒 [${escapeLinkText(label)}](${link})` : `📒 ${label}`);
  }
  for (const d of entry.docs ?? []) {
    const shown = d.replace(/^https?:\/\//, '');
    footer.push(opts.markdown ? `📘 ${kb.ui('hover.docs', locale)}: [${shown}](${d})` : `📘 ${kb.ui('hover.docs', locale)}: ${d}`);
  }
  if (footer.length) lines.push('', opts.markdown ? '---' : '', ...footer.map((f) => (opts.markdown ? `${f}  ` : f)));
  return lines.join('\n');
}

/**
 * A citation as a reader sees it: the note's title, the section's parent heading and the section
 * ("DevOps Mainline 강의 노트 › CH3 쿠버네티스… › API 리소스 Deployment"), never a file id and a line number.
 */
export function citationTitle(note: NoteFile, heading: NoteFile['headings'][number], locale: RenderOptions['locale']): string {
  const parts = [pick(note.title, locale)];
  // The nearest heading above with a smaller level is the section's parent.
  const at = note.headings.indexOf(heading);
  for (let i = at - 1; i >= 0; i--) {
    if (note.headings[i].level < heading.level) {
      if (note.headings[i].level > 1) parts.push(shorten(note.headings[i].text));
      break;
    }
  }
  parts.push(shorten(heading.text));
  return parts.join(' › ');
}

function shorten(text: string, max = 40): string {
  const t = text.replace(/[《》]/g, '').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, '\\$&');
}

/**
 * The "My notes" part of a hover: for each passage, where it is (the note's title and section, a link to the line) and
 * the lines themselves — code as code, prose as a quote.
 */
export function renderNoteQuotes(kb: KnowledgeBase, matches: NoteMatch[], opts: RenderOptions): string {
  if (!matches.length) return '';
  const { locale, markdown } = opts;
  // Two line breaks: a `---` right under a line of text would make that line a heading.
  const out: string[] = ['', '', ...(markdown ? ['---', ''] : []), markdown ? `**📝 ${kb.ui('hover.myNotes', locale)}**` : `📝 ${kb.ui('hover.myNotes', locale)}`];
  for (const m of matches) {
    const title = noteDisplayTitle(kb, m, locale);
    const first = m.lines[0]?.line ?? m.start;
    const url = `${pathToFileURL(m.path).href}#L${first + 1}`;
    out.push('', markdown ? `[${escapeLinkText(title)}](${url})` : `${title} (${m.path}:${first + 1})`);
    const code = m.lines.length && isCode(m);
    if (markdown && code) {
      const indent = Math.min(...m.lines.map((l) => /^\s*/.exec(l.text)![0].length));
      out.push('```' + (code === true ? '' : code), ...m.lines.map((l) => l.text.slice(indent).trimEnd()), '```');
    } else {
      for (const l of m.lines) out.push(markdown ? `> ${l.text.trim()}  ` : `  ${l.text.trim()}`);
    }
  }
  return out.join('\n');
}

/** A quoted passage's place: the note's title (ours for a course note, else its file name) and its last two headings. */
export function noteDisplayTitle(kb: KnowledgeBase, m: Pick<NoteMatch, 'path' | 'heading'>, locale: RenderOptions['locale']): string {
  const file = m.path.replace(/^.*[\\/]/, '');
  const known = kb.noteByFile(file);
  const name = known ? pick(known.title, locale) : file.replace(/\.(md|txt|markdown)$/i, '');
  const path = m.heading.slice(-2).map((h) => shorten(h));
  return [name, ...path].join(' › ');
}

/** Whether a passage's lines are code (true, or the fence's language). */
function isCode(m: NoteMatch): string | boolean {
  return m.kind === 'code' ? m.fence || true : false;
}

function noteLink(file: string, line: number, opts: RenderOptions): string | undefined {
  for (const folder of opts.notesFolders ?? []) {
    const p = join(folder, file);
    if (opts.fileExists?.(p)) return `${pathToFileURL(p).href}#L${line}`;
  }
  return undefined;
}
