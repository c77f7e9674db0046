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
  /**
   * A hover: the first paragraph and at most BRIEF_BULLETS bullets of the body, no code blocks — VS Code puts the
   * problems of the line above the hover's text, so a long hover pushes its links below the fold. The docs link says
   * there is more. Completion documentation (beside the list, with room) shows the whole body.
   */
  brief?: boolean;
  /** With `brief`: how many bullets of the body to keep (fewer on a line with problems, which VS Code shows above). */
  bullets?: number;
}

const BRIEF_BULLETS = 2;

/** The body a hover shows, and whether something was left out. */
export function briefBody(body: string, maxBullets = BRIEF_BULLETS): { text: string; cut: boolean } {
  const out: string[] = [];
  let bullets = 0;
  let cut = false;
  let fence = false;
  let inBullets = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      cut = true;
      continue;
    }
    if (fence) continue;
    const bullet = /^[-*] /.test(line);
    const continuation = /^\s+\S/.test(line);
    if (bullet) {
      inBullets = true;
      if (++bullets > maxBullets) {
        cut = true;
        continue;
      }
    } else if (continuation && inBullets) {
      if (bullets > maxBullets) continue;
    } else if (line.trim() && inBullets) {
      // Prose after the bullets is background.
      cut = true;
      break;
    }
    out.push(line);
  }
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return { text: out.join('\n'), cut };
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
  const body = text(entry.body).trim();
  const { text: shown, cut } = opts.brief ? briefBody(body, opts.bullets) : { text: body, cut: false };
  lines.push(shown);
  // One line for the docs (first: the way to more), one for the notes.
  const footer: string[] = [];
  const docs = (entry.docs ?? []).map((d) => (opts.markdown ? `[${linkLabel(d, opts.brief)}](${d})` : d));
  if (docs.length) footer.push(`📘 ${kb.ui(cut ? 'hover.more' : 'hover.docs', locale)}: ${docs.join(' · ')}`);
  // Sections of one note share its title: "DevOps Mainline 강의 노트 › Dockerfile · 이미지 경량화 전략".
  const byNote = new Map<string, string[]>();
  for (const c of entry.notes ?? []) {
    const note = kb.note(c.note);
    const heading = note?.headings.find((h) => h.text === c.section);
    const parts = note && heading ? citationParts(note, heading, locale, opts.brief ? 16 : 24, opts.brief ? 32 : 40) : [c.section, ''];
    const where = parts.slice(1).filter(Boolean).join(' › ');
    const link = note && heading ? noteLink(note.file, heading.line, opts) : undefined;
    const list = byNote.get(parts[0]) ?? [];
    list.push(opts.markdown && link ? `[${escapeLinkText(where)}](${link})` : where);
    byNote.set(parts[0], list);
  }
  const citations = [...byNote].map(([title, sections]) => [title, sections.filter(Boolean).join(' · ')].filter(Boolean).join(' › '));
  if (citations.length) footer.push(`📒 ${kb.ui('hover.note', locale)}: ${citations.join(' · ')}`);
  if (footer.length) lines.push('', opts.markdown ? '---' : '', ...footer.map((f) => (opts.markdown ? `${f}  ` : f)));
  return lines.join('\n');
}

/**
 * A citation as a reader sees it — [the note's title, the section's parent heading (when it is short enough to read at
 * a glance, else ''), the section] — never a file id and a line number.
 */
function citationParts(note: NoteFile, heading: NoteFile['headings'][number], locale: RenderOptions['locale'], parentMax = 24, sectionMax = 40): string[] {
  let parent = '';
  // The nearest heading above with a smaller level is the section's parent.
  const at = note.headings.indexOf(heading);
  for (let i = at - 1; i >= 0; i--) {
    if (note.headings[i].level < heading.level) {
      const t = note.headings[i].text.replace(/[《》]/g, '').trim();
      if (note.headings[i].level > 1 && t.length <= parentMax) parent = t;
      break;
    }
  }
  return [pick(note.title, locale), parent, shorten(heading.text, sectionMax)];
}

/** A docs link as a short label: the site and the page (`kubernetes.io/…/deployment`, `docs.docker.com/…/dockerfile#from`). */
export function linkLabel(url: string, short = false): string {
  const m = /^https?:\/\/(?:www\.)?([^/]+)(\/[^#?]*)?(?:\?[^#]*)?(#.*)?$/.exec(url);
  if (!m) return url;
  const parts = (m[2] ?? '').split('/').filter(Boolean);
  const page = parts.length ? `/${parts.length > 1 ? '…/' : ''}${parts[parts.length - 1]}` : '';
  // In a hover a long anchor is left out of the label (the link still goes there).
  const anchor = m[3] && (!short || m[3].length <= 16) ? m[3] : '';
  return `${m[1]}${page}${anchor}`;
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
    if (markdown && m.kind === 'code' && m.lines.length) {
      const indent = Math.min(...m.lines.map((l) => /^\s*/.exec(l.text)![0].length));
      out.push('```' + (m.fence ?? ''), ...m.lines.map((l) => l.text.slice(indent).trimEnd()), '```');
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

function noteLink(file: string, line: number, opts: RenderOptions): string | undefined {
  for (const folder of opts.notesFolders ?? []) {
    const p = join(folder, file);
    if (opts.fileExists?.(p)) return `${pathToFileURL(p).href}#L${line}`;
  }
  return undefined;
}
