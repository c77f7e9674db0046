import { structuralRule } from './structural';

/**
 * K8S106: a number outside what the API accepts: ports 1–65535, `nodePort` 30000–32767 (the default range),
 * affinity `weight` 1–100, counts below zero.
 */
export const check = structuralRule('K8S106', 'range');
