import type { FileCheck } from '../rules/check';

/** GEN002: the file has NUL bytes — binary content in a file named like a Dockerfile or YAML file. */
export const check: FileCheck = {
  rule: 'GEN002',
  file: true,
  run({ model, report }) {
    if (model.skipped !== 'binary') return;
    report({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  },
};
