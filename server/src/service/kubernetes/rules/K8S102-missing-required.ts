import { structuralRule } from './structural';

/**
 * K8S102: a required field is missing (a container's `name`, a Deployment's `selector`, an Ingress path's
 * `pathType`, `metadata.name`).
 */
export const check = structuralRule('K8S102', 'required');
