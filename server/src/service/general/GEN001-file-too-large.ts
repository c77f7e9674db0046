import type { ModelCheck } from '../rules/check';
import { MAX_DOCKERFILE_LENGTH, MAX_DOCKERFILE_LINE, MAX_TEXT_LENGTH, MAX_YAML_DOCUMENTS } from '../model';
import { MAX_YAML_DEPTH, MAX_YAML_TOKENS } from '../yaml';

/**
 * GEN001: the file is too large (or too deep, or has too many documents) to analyse; say so instead of working for
 * seconds on every keystroke.
 */
export const check: ModelCheck = {
  rule: 'GEN001',
  target: 'model',
  run({ model, report }) {
    const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
    if (model.skipped === 'too-large') {
      const limit = model.kind === 'dockerfile' ? MAX_DOCKERFILE_LENGTH : MAX_TEXT_LENGTH;
      report(zero, { size: kb(model.text.length), limit: kb(limit) });
    } else if (model.skipped === 'line-too-long') {
      report(zero, { size: kb(model.text.length), limit: kb(MAX_DOCKERFILE_LINE) }, undefined, 'lineTooLong');
    } else if (model.skipped === 'too-deep' || model.skipped === 'too-many-tokens') {
      // Reported where the YAML parse stopped.
      const deep = model.skipped === 'too-deep';
      const at = model.index.positionAt(model.skippedAt ?? 0);
      const limit = deep ? String(MAX_YAML_DEPTH) : MAX_YAML_TOKENS.toLocaleString('en');
      report({ start: at, end: at }, { size: kb(model.text.length), limit, line: String(at.line + 1) }, undefined, deep ? 'tooDeep' : 'tooManyTokens');
    } else if (model.skipped === 'too-many-documents') {
      report(zero, { size: kb(model.text.length), limit: String(MAX_YAML_DOCUMENTS) }, undefined, 'tooManyDocuments');
    } else if (model.skipped === 'unparsable') {
      report(zero, { size: kb(model.text.length) }, undefined, 'unparsable');
    }
  },
};
