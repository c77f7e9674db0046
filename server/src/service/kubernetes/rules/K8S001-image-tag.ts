import type { YamlCheck } from '../../kinds/yaml';
import { exampleTag, parseImageRef, unpinnedReason } from '../../common/image';
import { toRange } from '../../yaml';
import { k8sModel } from '../model';
import { isPlaceholder } from '../constraints';
import { imagesTaggedElsewhere } from '../images';

/**
 * K8S001: a container image with no tag or with `:latest`. What runs then changes whenever the registry's `latest`
 * moves, rollbacks cannot return to a known version, and `imagePullPolicy` defaults to Always. Quiet for images whose
 * tag a kustomization's `images:` sets or skaffold builds, and for placeholders (`<YOUR-IMAGE>`).
 */
export const check: YamlCheck = {
  rule: 'K8S001',
  formats: ['kubernetes'],
  run({ model, unit: doc, report, fs, workspace }) {
    const containers = k8sModel(doc).containers.filter((c) => c.image && !isPlaceholder(c.image) && unpinnedReason(c.image));
    if (!containers.length) return;
    const elsewhere = imagesTaggedElsewhere(model, fs, workspace);
    if (!elsewhere) return; // the workspace index is not ready: decided once it is
    for (const c of containers) {
      if (elsewhere.has(parseImageRef(c.image!).name)) continue;
      const range = toRange(model.index, c.imageNode as { range?: [number, number, number] });
      if (range) report(range, { image: c.image!, example: exampleTag(c.image!) }, undefined, unpinnedReason(c.image!));
    }
  },
};
