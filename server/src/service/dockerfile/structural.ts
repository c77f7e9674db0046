import { ValidationCode } from 'dockerfile-utils';
import type { Report } from '../rules/check';
import type { DockerfileCheck } from './parse';
import type { DocumentModel } from '../model';
import type { Dockerfile } from 'dockerfile-ast';
import { facts } from './model';

export { ValidationCode };

/**
 * Structural checks surfaced from dockerfile-utils (which validates what Docker's parser accepts) under our own rule
 * ids and our own ko/en messages. `toArgs` turns the library's diagnostic into our message arguments (or null to
 * drop it); the library's English text is never shown.
 */
export interface StructuralResult {
  args?: Record<string, string>;
  variant?: string;
  fixes?: Parameters<Report>[2];
}

export function structuralCheck(
  rule: string,
  codes: ValidationCode[],
  toArgs: (d: { code: ValidationCode; text: string; message: string; range: import('vscode-languageserver-types').Range }, ctx: { model: DocumentModel; dockerfile: Dockerfile }) => StructuralResult | null = () => ({}),
): DockerfileCheck {
  const set = new Set(codes);
  return {
    rule,
    formats: ['dockerfile'],
    run({ model, unit: { dockerfile }, report }) {
      for (const d of facts(model, dockerfile).structural()) {
        const code = d.code as ValidationCode;
        if (!set.has(code)) continue;
        // The library's ranges may run past the document (an empty continuation line at its end): clamp them.
        const start = model.index.offsetAt(d.range.start);
        const end = model.index.offsetAt(d.range.end);
        const range = model.index.range(start, end);
        const text = model.text.slice(start, end);
        const r = toArgs({ code, text, message: String(d.message), range }, { model, dockerfile });
        if (r) report(range, r.args ?? {}, r.fixes, r.variant);
      }
    },
  };
}
