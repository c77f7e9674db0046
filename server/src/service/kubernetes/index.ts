import type { FormatProvider } from '../provider';
import type { YamlDocModel } from '../kinds/yaml';
import { getValue, scalarString, type PathAt } from '../yaml';
import { yamlPathHover } from '../kb/pathHover';
import { imageFacts } from '../common/image';
import { kubernetesFacts, kubernetesSymbols } from './navigation';
import { check as K8S001 } from './rules/K8S001-image-tag';

export const kubernetesProvider: FormatProvider<YamlDocModel, PathAt> = {
  formats: ['kubernetes'],
  checks: [K8S001],
  hover(ctx) {
    const hit = yamlPathHover(ctx, 'kubernetes');
    // A container image: its registry, repository and tag, as FROM shows them.
    if (hit?.entryId === 'kubernetes.container.image') {
      const facts = imageFacts(scalarString(getValue(ctx.cursor.parent, 'image')));
      if (facts.length) hit.facts = facts;
    }
    return hit;
  },
  symbols: kubernetesSymbols,
  facts: kubernetesFacts,
};
