// The registry: the file kinds the service reads and the formats it understands.
// - Adding a file kind (a syntax: Dockerfile, YAML, INI inventory): a FileKindParser (model.ts) and a line in FILE_KINDS.
// - Adding a format: a folder with an index.ts exporting its FormatProvider, and a line in PROVIDERS.
// - Adding a rule: docs/architecture.md ("Add a rule").
import type { Check } from './rules/check';
import { parseWith, type DocumentModel, type FileKindParser, type ParseInput } from './model';
import type { FileFacts } from './workspace/facts';
import type { FormatProvider } from './provider';
import type { Format } from './types';
import { generalChecks } from './general';
import { yamlKind } from './kinds/yaml';
import { dockerfileKind } from './dockerfile/parse';
import { inventoryKind } from './ansible/inventory';
import { dockerfileProvider } from './dockerfile';
import { kubernetesProvider } from './kubernetes';
import { composeProvider } from './compose';
import { kustomizeProvider } from './kustomize';
import { ansibleProvider } from './ansible';

/** In order: the first kind that claims a file reads it. */
export const FILE_KINDS: readonly FileKindParser[] = [dockerfileKind, yamlKind, inventoryKind] as FileKindParser[];

export const PROVIDERS: readonly FormatProvider[] = [dockerfileProvider, kubernetesProvider, composeProvider, kustomizeProvider, ansibleProvider];

export const ALL_CHECKS: readonly Check[] = [...generalChecks, ...PROVIDERS.flatMap((p) => p.checks)];

const byFormat = new Map<Format, FormatProvider>();
for (const p of PROVIDERS) for (const f of p.formats) byFormat.set(f, p);

export function providerFor(format: Format | null | undefined): FormatProvider | undefined {
  return format ? byFormat.get(format) : undefined;
}

const byKind = new Map(FILE_KINDS.map((k) => [k.kind, k]));

export function fileKindParser(kind: string): FileKindParser | undefined {
  return byKind.get(kind);
}

/** The file kind that reads a path (`dockerfile`, `yaml`, `inventory`), or `other`. */
export function fileKindOf(path: string, languageId?: string): string {
  return FILE_KINDS.find((k) => k.claims(path, languageId))?.kind ?? 'other';
}

/** Parse a document with the file kind that reads it. */
export function parseDocument(input: ParseInput): DocumentModel {
  return parseWith(FILE_KINDS, input);
}

/** Each provider's facts about the units of its formats, merged into one record per file (the workspace index's). */
export function extractFacts(model: DocumentModel): FileFacts {
  const facts: FileFacts = { path: model.path, formats: [...model.formats], symbols: [] };
  for (const p of PROVIDERS) {
    if (!p.facts) continue;
    const units = model.units.filter((u) => u.format && p.formats.includes(u.format));
    if (!units.length) continue;
    const { symbols, ...rest } = p.facts(model, units);
    Object.assign(facts, rest);
    if (symbols) facts.symbols.push(...symbols);
  }
  return facts;
}
