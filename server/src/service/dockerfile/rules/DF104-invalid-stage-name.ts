import { structuralCheck } from '../structural';

/** DF104: a stage name Docker rejects (it must start with a letter; letters, digits, `-`, `_`, `.`), or `AS` misused. */
export const check = structuralCheck('DF104', ['invalidStageName', 'invalidAs'], ({ code, text }) => ({
  args: { name: text },
  variant: code === 'invalidAs' ? 'invalidAs' : undefined,
}));
