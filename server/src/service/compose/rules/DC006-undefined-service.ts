import type { YamlCheck } from '../../kinds/yaml';
import { reportUnknownName } from '../../rules/helpers';
import { composeIndex, rangeOf } from '../model';
import { composeReferences } from '../references';
import { isPartialFile } from '../syntax';

/**
 * DC006: `depends_on`, `links`, `extends.service`, `network_mode: service:x` or `volumes_from` naming a service that is
 * not defined in the file (`docker compose config` rejects it). Quiet in override files and when `include` may bring
 * the service in.
 */
export const check: YamlCheck = {
  rule: 'DC006',
  formats: ['compose'],
  run({ model, unit: doc, report, fs }) {
    const idx = composeIndex(doc);
    if (idx.hasInclude || isPartialFile(model, fs)) return;
    const names = [...idx.services.keys()];
    for (const ref of composeReferences(model, doc)) {
      if (ref.section !== 'services' || ref.target || ref.dynamic) continue;
      const range = rangeOf(model, ref.node);
      if (range) reportUnknownName(report, range, ref.name, names, { via: ref.via });
    }
  },
};
