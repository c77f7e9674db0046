import { structuralRule } from './structural';

/**
 * KUS005: a field kustomize does not have at that place (`CommonLables`, `namePrefIx`, `patch` for `patches`):
 * kustomize reads kustomizations strictly and stops the build ("json: unknown field").
 */
export const check = structuralRule('KUS005', 'unknown');
