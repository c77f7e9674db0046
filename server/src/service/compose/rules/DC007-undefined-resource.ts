import type { YamlCheck } from '../../kinds/yaml';
import { reportUnknownName } from '../../rules/helpers';
import { composeIndex, rangeOf } from '../model';
import { composeReferences } from '../references';
import { isPartialFile } from '../syntax';

/**
 * DC007: a service uses a named volume, network, secret, config or model that the file does not declare at the top
 * level (`docker compose config`: "service x refers to undefined volume y"). The implicit `default` network is allowed.
 */
export const check: YamlCheck = {
  rule: 'DC007',
  formats: ['compose'],
  run({ model, unit: doc, report, fs }) {
    const idx = composeIndex(doc);
    if (idx.hasInclude || isPartialFile(model, fs)) return;
    for (const ref of composeReferences(model, doc)) {
      if (ref.section === 'services' || ref.target || ref.dynamic) continue;
      const range = rangeOf(model, ref.node);
      if (range) reportUnknownName(report, range, ref.name, idx[ref.section].keys(), { kind: ref.section, service: ref.service });
    }
  },
};
