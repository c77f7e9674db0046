// The registry of formats and checks. Adding a rule: a data entry in server/data/rules/<format>.yaml, a file
// <ID>-<slug>.ts exporting `check`, a line in that format's index.ts, and a test in test/unit/rules/<ID>.test.ts.
// Adding a format: a folder with an index.ts exporting its FormatProvider, and a line below.
import type { Check } from './rules/check';
import type { FormatProvider } from './provider';
import type { Format } from './types';
import { generalChecks } from './general';
import { dockerfileProvider } from './dockerfile';
import { kubernetesProvider } from './kubernetes';
import { composeProvider } from './compose';
import { kustomizeProvider } from './kustomize';

export const PROVIDERS: readonly FormatProvider[] = [dockerfileProvider, kubernetesProvider, composeProvider, kustomizeProvider];

export const ALL_CHECKS: readonly Check[] = [...generalChecks, ...PROVIDERS.flatMap((p) => p.checks)];

const byFormat = new Map<Format, FormatProvider>();
for (const p of PROVIDERS) for (const f of p.formats) byFormat.set(f, p);

export function providerFor(format: Format | null | undefined): FormatProvider | undefined {
  return format ? byFormat.get(format) : undefined;
}
