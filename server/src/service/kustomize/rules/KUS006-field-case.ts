import { structuralRule } from './structural';

/**
 * KUS006: a field written in another case (`NamePrefix`, `fieldpath`): Go's decoder matches field names regardless
 * of case, so it works, but `kustomize edit`, editors and readers look for the documented name.
 */
export const check = structuralRule('KUS006', 'case');
