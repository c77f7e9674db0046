import { structuralCheck } from '../structural';

/** DF113: instructions and directives are case-insensitive, but everyone writes them in upper case. */
export const check = structuralCheck('DF113', ['instructionCasing', 'directiveCasing'], ({ code, text, range }) => ({
  args: { value: text },
  fixes: code === 'instructionCasing' ? [{ titleId: 'upper', args: { value: text.toUpperCase() }, edits: [{ range, newText: text.toUpperCase() }] }] : undefined,
}));
