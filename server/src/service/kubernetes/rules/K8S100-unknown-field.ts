import { structuralRule } from './structural';

/**
 * K8S100: a field the Kubernetes API does not have at that place: a typo (`sepc`), a name misremembered
 * (`successHistoyLimit`), or a field one level off (`type: RollingUpdate` directly under a Deployment's `spec`).
 * kubectl apply rejects it (strict field validation).
 */
export const check = structuralRule('K8S100', 'unknown');
