import { structureRule } from './structure';

/** ANS016: A value that starts with `{{` unquoted: YAML reads it as a mapping. Quick fix: the quotes. */
export const check = structureRule('ANS016');
