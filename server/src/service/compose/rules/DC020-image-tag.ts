import type { YamlCheck } from '../../kinds/yaml';
import { exampleTag, unpinnedReason } from '../../common/image';
import { getValue, scalarString } from '../../yaml';
import { composeIndex, rangeOf } from '../model';

/**
 * DC020: an image with no tag or with `:latest`. Each `docker compose pull` may bring a different version, and
 * nobody can tell later which one ran. A service that also has `build` names the image it builds: not reported.
 */
export const check: YamlCheck = {
  rule: 'DC020',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const s of composeIndex(doc).services.values()) {
      if (getValue(s.node, 'build') !== undefined) continue;
      const node = getValue(s.node, 'image');
      const image = scalarString(node);
      if (!image) continue;
      const reason = unpinnedReason(image);
      const range = rangeOf(model, node);
      if (reason && range) report(range, { image, example: exampleTag(image) }, undefined, reason);
    }
  },
};
