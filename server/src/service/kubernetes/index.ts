import type { FormatProvider } from '../provider';
import type { YamlDocModel } from '../kinds/yaml';
import type { PathAt } from '../yaml';
import { yamlPathHover } from '../kb/pathHover';
import { check as K8S001 } from './rules/K8S001-image-tag';

export const kubernetesProvider: FormatProvider<YamlDocModel, PathAt> = {
  formats: ['kubernetes'],
  checks: [K8S001],
  hover: (ctx) => yamlPathHover(ctx, 'kubernetes'),
};
