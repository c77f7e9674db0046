import type { FormatProvider } from '../provider';
import { yamlPathHover } from '../kb/pathHover';
import { check as K8S001 } from './rules/K8S001-image-tag';

export const kubernetesProvider: FormatProvider = {
  formats: ['kubernetes'],
  checks: [K8S001],
  hover: ({ model, position, kb, doc }) => (doc ? yamlPathHover(model, doc, position, kb, 'kubernetes') : null),
};
