import type { FileCheck } from '../rules/check';

/**
 * GEN001: the file is too large (or too deep, or has too many documents) to analyse; say so instead of working for
 * seconds on every keystroke.
 */
export const check: FileCheck = {
  rule: 'GEN001',
  file: true,
  run({ model, report }) {
    const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
    if (model.skipped === 'too-large') {
      report(zero, { size: kb(model.text.length), limit: kb(model.skipLimit ?? 0) });
    } else if (model.skipped === 'line-too-long') {
      report(zero, { size: kb(model.text.length), limit: kb(model.skipLimit ?? 0) }, undefined, 'lineTooLong');
    } else if (model.skipped === 'too-deep' || model.skipped === 'too-many-tokens') {
      // Reported where the YAML parse stopped.
      const deep = model.skipped === 'too-deep';
      const at = model.index.positionAt(model.skippedAt ?? 0);
      const limit = (model.skipLimit ?? 0).toLocaleString('en');
      report({ start: at, end: at }, { size: kb(model.text.length), limit, line: String(at.line + 1) }, undefined, deep ? 'tooDeep' : 'tooManyTokens');
    } else if (model.skipped === 'too-many-documents') {
      report(zero, { size: kb(model.text.length), limit: String(model.skipLimit ?? 0) }, undefined, 'tooManyDocuments');
    } else if (model.skipped === 'unparsable') {
      report(zero, { size: kb(model.text.length) }, undefined, 'unparsable');
    }
  },
};
