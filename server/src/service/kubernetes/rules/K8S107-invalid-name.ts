import { structuralRule } from './structural';

/**
 * K8S107: a name, port name, label key or label value that breaks the naming rules (DNS labels and subdomains,
 * port names of at most 15 characters, qualified label keys).
 */
export const check = structuralRule('K8S107', 'name');
