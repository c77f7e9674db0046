import type { FileCheck } from '../rules/check';
import { yamlDocs } from '../kinds/yaml';

/** The parser's error codes we explain in our own words (the rule's variants); any other shows the parser's text. */
const VARIANT: Record<string, string | ((message: string) => string)> = {
  BAD_INDENT: 'badIndent',
  DUPLICATE_KEY: 'duplicateKey',
  BAD_DQ_ESCAPE: 'badEscape',
  TAB_AS_INDENT: 'tabIndent',
  BLOCK_AS_IMPLICIT_KEY: 'compactMapping',
  MULTILINE_IMPLICIT_KEY: 'multilineKey',
  UNEXPECTED_TOKEN: 'unexpected',
  MISSING_CHAR: (message) => (/quote/i.test(message) ? 'missingQuote' : 'missingBracket'),
  BAD_ALIAS: 'badAlias',
  BLOCK_IN_FLOW: 'blockInFlow',
};

/** The parser's message without where it is (the diagnostic's range says that) and the excerpt after it. */
const detailOf = (message: string) => message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim() || message.trim();

/**
 * YAML001: YAML syntax errors, reported for documents that are one of our formats (another YAML extension
 * owns plain YAML files; we do not duplicate its errors there).
 */
export const check: FileCheck = {
  rule: 'YAML001',
  file: true,
  run({ model, report }) {
    const docs = yamlDocs(model);
    if (!docs.some((d) => d.format)) return;
    let count = 0;
    // An error at the very end (an unclosed bracket) is shown on the last character, not on a phantom line.
    // (Computed once, by a scan: `replace(/\s+$/)` per error is quadratic on long runs of indentation.)
    let end = model.text.length;
    while (end > 0 && /\s/.test(model.text[end - 1])) end--;
    for (const d of docs) {
      for (const e of d.yaml.errors) {
        if (++count > 100) return;
        const start = Math.min(e.start, Math.max(0, end - 1));
        const v = VARIANT[e.code];
        report(model.index.range(start, Math.min(Math.max(e.end, start + 1), Math.max(end, start + 1))), { detail: detailOf(e.message) }, undefined, typeof v === 'function' ? v(e.message) : v);
      }
    }
  },
};
