import { structuralRule } from './structural';

/**
 * KUS009: a value kustomize does not know and silently drops (a generator `behavior: merged` is built as `create`;
 * an unknown `buildMetadata` option does nothing): the build succeeds but does not do what was written.
 */
export const check = structuralRule('KUS009', 'ignored');
