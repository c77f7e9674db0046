import type { Localized, SeverityName } from '../types';

/** A course-note citation: the note's id (first three digits of its file) and one of its headings. */
export interface NoteCitation {
  note: string;
  section: string;
}

export interface KbEntry {
  id: string;
  title: Localized;
  body: Localized;
  notes?: NoteCitation[];
  docs?: string[];
  /** Words the learner's notes may use for it, besides its name (`롤링 업데이트` for RollingUpdate): notes matching. */
  keywords?: { ko?: string[]; en?: string[] };
  /** For YAML formats: where this entry applies (resource kinds and a dotted path pattern). */
  match?: { kinds?: string[]; path: string | string[]; role?: 'key' | 'value' };
}

export interface RuleDef {
  id: string;
  name: string;
  severity: Exclude<SeverityName, 'off'>;
  title: Localized;
  message: Localized;
  /** Alternative messages a check may pick (finding.variant), with the same placeholders or fewer. */
  variants?: Record<string, Localized>;
  /** Knowledge-base entry the rule is explained by. */
  kb?: string;
  docs?: string[];
  notes?: NoteCitation[];
  /** Quick-fix titles, by id. */
  fixes?: Record<string, Localized>;
}

export interface NoteHeading {
  line: number;
  level: number;
  text: string;
}

export interface NoteFile {
  id: string;
  file: string;
  title: Localized;
  headings: NoteHeading[];
}

export interface ServiceData {
  kb: KbEntry[];
  rules: RuleDef[];
  notes: NoteFile[];
  ui: Record<string, Localized>;
}
