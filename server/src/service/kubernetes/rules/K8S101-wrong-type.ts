import { structuralRule } from './structural';

/**
 * K8S101: a value of the wrong type: a number or `yes` where text is expected (labels, env values), text where a
 * number is, a map where a list is. The API server rejects the object when it decodes it.
 */
export const check = structuralRule('K8S101', 'type');
