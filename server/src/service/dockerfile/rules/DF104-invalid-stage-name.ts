import { structuralCheck, ValidationCode } from '../structural';

/** DF104: a stage name Docker rejects (it must start with a letter; letters, digits, `-`, `_`, `.`), or `AS` misused. */
export const check = structuralCheck('DF104', [ValidationCode.INVALID_BUILD_STAGE_NAME, ValidationCode.INVALID_AS], ({ code, text }) => ({
  args: { name: text },
  variant: code === ValidationCode.INVALID_AS ? 'invalidAs' : undefined,
}));
