import type { Fact, Locale, Localized } from '../types';
import type { KbEntry } from '../data/schema';
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
    const label = `${kb.ui('hover.note', locale)}: ${note ? pick(note.title, locale) : c.note} › ${c.section}`;
    const where = heading ? ` (${note!.file.slice(0, 3)}:${heading.line})` : '';
    const link = note && heading ? noteLink(note.file, heading.line, opts) : undefined;
    footer.push(opts.markdown && link ? `📒 [${label}](${link})${where}` : `📒 ${label}${where}`);
  }
  for (const d of entry.docs ?? []) {
    const shown = d.replace(/^https?:\/\//, '');
    footer.push(opts.markdown ? `📘 ${kb.ui('hover.docs', locale)}: [${shown}](${d})` : `📘 ${kb.ui('hover.docs', locale)}: ${d}`);
  }
  if (footer.length) lines.push('', opts.markdown ? '---' : '', ...footer.map((f) => (opts.markdown ? `${f}  ` : f)));
  return lines.join('\n');
}

function noteLink(file: string, line: number, opts: RenderOptions): string | undefined {
  for (const folder of opts.notesFolders ?? []) {
    const p = join(folder, file);
    if (opts.fileExists?.(p)) return `${pathToFileURL(p).href}#L${line}`;
  }
  return undefined;
}
