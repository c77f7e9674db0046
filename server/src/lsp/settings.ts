import type { Locale, ServiceSettings, SeverityName } from '../service/types';
import { isSeverity } from '../service/rules/registry';

/** The `devopsHints.*` settings as VS Code (or any client) sends them. */
export interface ClientSettings {
  language?: 'auto' | 'ko' | 'en';
  rules?: Record<string, string>;
  notesFolders?: string[];
  kubernetes?: { version?: string };
  ansible?: { fqcn?: boolean };
  validation?: { delayMs?: number; budgetMs?: number };
  trace?: { server?: string };
}

/** `auto` follows the editor's display language: Korean for ko*, English otherwise. */
export function resolveLocale(setting: string | undefined, clientLocale: string | undefined): Locale {
  if (setting === 'ko' || setting === 'en') return setting;
  return clientLocale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function toServiceSettings(s: ClientSettings | undefined, clientLocale: string | undefined): ServiceSettings {
  const rules: Record<string, SeverityName> = {};
  for (const [id, level] of Object.entries(s?.rules ?? {})) {
    if (isSeverity(level)) rules[id.toUpperCase()] = level;
  }
  return {
    locale: resolveLocale(s?.language, clientLocale),
    rules,
    notesFolders: Array.isArray(s?.notesFolders) ? s!.notesFolders.filter((f) => typeof f === 'string') : [],
    ansibleFqcn: s?.ansible?.fqcn === true ? true : undefined,
    kubernetesVersion: typeof s?.kubernetes?.version === 'string' && /^v?\d+\.\d+/.test(s.kubernetes.version.trim()) ? s.kubernetes.version.trim() : undefined,
  };
}
