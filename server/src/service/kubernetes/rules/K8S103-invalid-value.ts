import { structuralRule } from './structural';

/**
 * K8S103: a value outside the allowed set (`imagePullPolicy`, `restartPolicy`, Service `type`, `pathType` …), a
 * resource quantity that is not one (`512MB`), a `maxSurge` that is neither a number nor a percentage.
 */
export const check = structuralRule('K8S103', 'value');
