import type { Range } from 'vscode-languageserver-types';
import type { Report } from '../rules/check';
import type { DockerfileCheck } from './parse';
import type { DocumentModel } from '../model';
import type { Dockerfile } from 'dockerfile-ast';
import { facts } from './model';
import type { StructuralCode } from './validate';

export type { StructuralCode };

/**
 * Structural checks (what Docker's parser accepts: `validate.ts`) under our own rule ids and our own ko/en messages.
 * `toArgs` turns an issue into our message arguments (or null to drop it).
 */
export interface StructuralResult {
  args?: Record<string, string>;
  variant?: string;
  fixes?: Parameters<Report>[2];
}

export function structuralCheck(
  rule: string,
  codes: StructuralCode[],
  toArgs: (d: { code: StructuralCode; text: string; range: Range; args: Record<string, string> }, ctx: { model: DocumentModel; dockerfile: Dockerfile }) => StructuralResult | null = () => ({}),
): DockerfileCheck {
  const set = new Set(codes);
  return {
    rule,
    formats: ['dockerfile'],
    run({ model, unit: { dockerfile }, report }) {
      for (const d of facts(model, dockerfile).structural()) {
        if (!set.has(d.code)) continue;
        // Ranges may run past the document (an empty continuation line at its end): clamp them.
        const start = model.index.offsetAt(d.range.start);
        const end = model.index.offsetAt(d.range.end);
        const range = model.index.range(start, end);
        const text = model.text.slice(start, end);
        const r = toArgs({ code: d.code, text, range, args: d.args ?? {} }, { model, dockerfile });
        if (r) report(range, r.args ?? {}, r.fixes, r.variant);
      }
    },
  };
}
