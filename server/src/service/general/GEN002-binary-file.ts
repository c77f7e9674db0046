import type { ModelCheck } from '../rules/check';

/** GEN002: the file has NUL bytes — binary content in a file named like a Dockerfile or YAML file. */
export const check: ModelCheck = {
  rule: 'GEN002',
  target: 'model',
  run({ model, report }) {
    if (model.skipped !== 'binary') return;
    report({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  },
};
