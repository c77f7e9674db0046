import type { KbEntry, NoteFile, ServiceData } from '../data/schema';
import type { Locale, Localized } from '../types';
import { compilePattern } from '../yaml';
import { resolveParticles } from './josa';

export interface PathMatcher {
  entry: KbEntry;
  pattern: string[];
  kinds?: Set<string>;
  role?: 'key' | 'value';
}

/** Knowledge-base lookups, precomputed once: entries by id, path matchers by prefix (kubernetes.*, compose.* …). */
export class KnowledgeBase {
  readonly entries = new Map<string, KbEntry>();
  private readonly matchers = new Map<string, Map<string, PathMatcher[]>>();
  private readonly notes = new Map<string, NoteFile>();

  constructor(private readonly data: ServiceData) {
    for (const e of data.kb) {
      this.entries.set(e.id, e);
      if (e.match) {
        const family = e.id.split('.')[0];
        let byLen = this.matchers.get(family);
        if (!byLen) this.matchers.set(family, (byLen = new Map()));
        for (const p of Array.isArray(e.match.path) ? e.match.path : [e.match.path]) {
          const pattern = compilePattern(p);
          // Index by the last path segment: lookups only compare the few patterns that can match.
          const last = pattern[pattern.length - 1];
          const list = byLen.get(last) ?? [];
          list.push({ entry: e, pattern, kinds: e.match.kinds ? new Set(e.match.kinds) : undefined, role: e.match.role });
          byLen.set(last, list);
        }
      }
    }
    for (const n of data.notes) this.notes.set(n.id, n);
  }

  private readonly resolvers: { prefix: string; resolve: (id: string) => KbEntry | undefined }[] = [];

  /**
   * Entries made from a format's own tables instead of the kb files (an Ansible module's options, types and
   * defaults): ids starting with `prefix` are asked of `resolve` when no kb file has them.
   */
  addResolver(prefix: string, resolve: (id: string) => KbEntry | undefined): void {
    this.resolvers.push({ prefix, resolve });
  }

  /** Entries a resolver made, kept: a completion list asks for the same few hundred on every request. */
  private readonly resolved = new Map<string, KbEntry | undefined>();

  get(id: string): KbEntry | undefined {
    const own = this.entries.get(id);
    if (own) return own;
    if (this.resolved.has(id)) return this.resolved.get(id);
    const r = this.resolvers.find((x) => id.startsWith(x.prefix));
    if (!r) return undefined;
    const made = r.resolve(id);
    // Bounded: ids come from our tables, but a client may send any id to completionItem/resolve.
    if (this.resolved.size < 10_000) this.resolved.set(id, made);
    return made;
  }

  /** Path matchers of a family (e.g. `kubernetes`) that end with the given segment, or with `*`. */
  candidates(family: string, lastSegment: string): PathMatcher[] {
    const byLast = this.matchers.get(family);
    if (!byLast) return [];
    return [...(byLast.get(lastSegment) ?? []), ...(byLast.get('*') ?? [])];
  }

  /** A course note of the catalog by its file name (`002_f7e46fa25cb1f4a4.txt`). */
  noteByFile(file: string): NoteFile | undefined {
    for (const n of this.notes.values()) if (n.file === file) return n;
    return undefined;
  }

  note(id: string): NoteFile | undefined {
    return this.notes.get(id);
  }

  /**
   * A ui string with its arguments. A count is `{n}`: when it is 1 and the string has a `<key>.one` form, that one is
   * used ("1 file" / "2 files"; Korean writes both alike).
   */
  ui(key: string, locale: Locale, args: Record<string, string> = {}): string {
    const s = (args.n === '1' ? this.data.ui[`${key}.one`] : undefined) ?? this.data.ui[key];
    return s ? fill(s[locale] ?? s.en, args) : key;
  }
}

/**
 * Where a text is shown. Hovers render markdown; the Problems panel, quick-fix menus and the CLI show plain text, where
 * a markdown code span would print its backticks: there names are set in typographic quotes instead (`ports` → “ports”).
 */
export type Surface = 'markdown' | 'plain';

export function forSurface(text: string, surface: Surface): string {
  // A span in double backticks holds a backtick itself (`` ` ``).
  return surface === 'markdown' ? text : text.replace(/``\s?([^\n]+?)\s?``|`([^`\n]+)`/g, (_, quoted: string | undefined, plain: string | undefined) => `“${quoted ?? plain}”`);
}

/** Replace `{name}` placeholders. Unknown placeholders stay visible, so a missing argument is noticed. */
export function fill(template: string, args: Record<string, string>): string {
  // Korean particles written in both forms (`{name}`을(를)) are picked once the words are in (josa.ts).
  return resolveParticles(template.replace(/\{([A-Za-z][\w]*)\}/g, (m, name: string) => (name in args ? args[name] : m)));
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale] ?? text.en;
}
