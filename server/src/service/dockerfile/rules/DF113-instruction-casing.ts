import { structuralCheck, ValidationCode } from '../structural';

/** DF113: instructions and directives are case-insensitive, but everyone writes them in upper case. */
export const check = structuralCheck('DF113', [ValidationCode.CASING_INSTRUCTION, ValidationCode.CASING_DIRECTIVE], ({ code, text, range }) => ({
  args: { value: text },
  fixes: code === ValidationCode.CASING_INSTRUCTION ? [{ titleId: 'upper', args: { value: text.toUpperCase() }, edits: [{ range, newText: text.toUpperCase() }] }] : undefined,
}));
