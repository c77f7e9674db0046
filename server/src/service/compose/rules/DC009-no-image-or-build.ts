import type { YamlCheck } from '../../kinds/yaml';
import { getValue, isMap } from '../../yaml';
import { composeIndex, rangeOf } from '../model';
import { isPartialFile } from '../syntax';

/**
 * DC009: a service with neither `image` nor `build` (nor `extends` or `provider` that could supply one): Compose has
 * nothing to run. Quiet in override files, which only add to services defined elsewhere.
 */
export const check: YamlCheck = {
  rule: 'DC009',
  formats: ['compose'],
  run({ model, unit: doc, report, fs }) {
    const idx = composeIndex(doc);
    if (isPartialFile(model, fs) || idx.hasInclude) return;
    for (const s of idx.services.values()) {
      if (!isMap(s.node)) continue;
      if (['image', 'build', 'extends', 'provider', '<<'].some((k) => getValue(s.node, k) !== undefined)) continue;
      const range = rangeOf(model, s.key);
      if (range) report(range, { service: s.name });
    }
  },
};
