import type { Range } from 'vscode-languageserver-types';

/** What a document (or one document of a multi-document YAML file) is. `null` = none of ours: leave it alone. */
export type Format =
  | 'dockerfile'
  | 'compose'
  | 'kubernetes'
  | 'kustomize'
  | 'ansible-playbook'
  | 'ansible-tasks'
  | 'ansible-vars'
  | 'ansible-meta'
  | 'ansible-inventory';

export const FORMATS: readonly Format[] = ['dockerfile', 'compose', 'kubernetes', 'kustomize', 'ansible-playbook', 'ansible-tasks', 'ansible-vars', 'ansible-meta', 'ansible-inventory'];

export type Locale = 'ko' | 'en';
export type Localized = Record<Locale, string>;
export type SeverityName = 'off' | 'hint' | 'info' | 'warning' | 'error';

export interface TextEditSpec {
  range: Range;
  newText: string;
}

/** A quick fix a check proposes. Its title is `fixes.<titleId>` of the rule (or a ui string), rendered per locale. */
export interface Fix {
  titleId: string;
  args?: Record<string, string>;
  edits: TextEditSpec[];
  preferred?: boolean;
}

/** What a check reports: ids and ranges only; the renderer turns it into a localized diagnostic. */
export interface Finding {
  ruleId: string;
  range: Range;
  args: Record<string, string>;
  /** Which of the rule's message variants to use (`variants.<name>`); the default `message` otherwise. */
  variant?: string;
  /** Arguments that are words of the reader's language (`플레이` / `play`), not names from the file. */
  localArgs?: Record<string, Localized>;
  fixes?: Fix[];
}

/** What a hover provider resolves: a knowledge-base entry for a range. */
export interface KbHit {
  entryId: string;
  range: Range;
  /** Facts about this very place (a resolved value, where a stage is used…): ui strings `fact.*` with arguments. */
  facts?: Fact[];
  /** Values for the entry's own `{placeholders}` (reference entries: a name, the line it is defined on…). */
  args?: Record<string, string>;
}

export interface Fact {
  id: string;
  args?: Record<string, string>;
  /** Arguments that differ by language (a cron schedule read aloud): the user's language is picked when rendered. */
  localArgs?: Record<string, Localized>;
}

export interface ServiceSettings {
  locale: Locale;
  /** Per-rule severity overrides: { "DF001": "off" | "hint" | "info" | "warning" | "error" }. */
  rules: Record<string, SeverityName>;
  /** Folders holding the course notes; when set, hover citations link to the note's line. */
  notesFolders?: string[];
  /** The Kubernetes release the manifests target (`1.29`); removed and deprecated APIs are judged against it. Default: the newest we know. */
  kubernetesVersion?: string;
  /** Ansible module completion offers FQCNs (`ansible.builtin.apt`) before short names. */
  ansibleFqcn?: boolean;
}

export const DEFAULT_SETTINGS: ServiceSettings = { locale: 'en', rules: {} };
