import type { ModelCheck } from '../rules/check';
import { MAX_TEXT_LENGTH } from '../model';

/** GEN001: the file is too large to analyse; say so instead of working for seconds on every keystroke. */
export const check: ModelCheck = {
  rule: 'GEN001',
  target: 'model',
  run({ model, report }) {
    if (model.skipped !== 'too-large') return;
    report({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, {
      size: `${(model.text.length / 1024 / 1024).toFixed(1)} MB`,
      limit: `${MAX_TEXT_LENGTH / 1024 / 1024} MB`,
    });
  },
};
