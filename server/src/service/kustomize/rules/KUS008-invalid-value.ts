import { structuralRule } from './structural';

/**
 * KUS008: what kustomize refuses to build: a `kind` other than Kustomization/Component, an apiVersion that does not
 * go with it, an enumeration value it rejects (`sortOptions.order`), an entry missing what it needs (a patch without
 * `path`/`patch`, a generator or replica without `name`).
 */
export const check = structuralRule('KUS008', 'value');
