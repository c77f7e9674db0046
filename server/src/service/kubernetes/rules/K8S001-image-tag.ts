import type { YamlCheck } from '../../kinds/yaml';
import { unpinnedReason } from '../../common/image';
import { toRange } from '../../yaml';
import { k8sModel } from '../model';

/**
 * K8S001: a container image with no tag or with `:latest`. What runs then changes whenever the registry's
 * `latest` moves, rollbacks cannot return to a known version, and `imagePullPolicy` defaults to Always.
 */
export const check: YamlCheck = {
  rule: 'K8S001',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    for (const c of k8sModel(doc).containers) {
      if (!c.image) continue;
      const reason = unpinnedReason(c.image);
      const range = toRange(model.index, c.imageNode as { range?: [number, number, number] });
      if (reason && range) report(range, { image: c.image }, undefined, reason);
    }
  },
};
