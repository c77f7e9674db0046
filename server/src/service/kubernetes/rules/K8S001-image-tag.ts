import type { YamlCheck } from '../../kinds/yaml';
import { unpinnedReason } from '../../common/image';
import { isMap, getValue, scalarString, toRange, walk } from '../../yaml';

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/**
 * K8S001: a container image with no tag or with `:latest`. What runs then changes whenever the registry's
 * `latest` moves, rollbacks cannot return to a known version, and `imagePullPolicy` defaults to Always.
 */
export const check: YamlCheck = {
  rule: 'K8S001',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    walk(doc.yaml.doc.contents, ({ path, node }) => {
      const n = path.length;
      if (n < 2 || typeof path[n - 1] !== 'number' || !CONTAINER_LISTS.has(String(path[n - 2])) || !isMap(node)) return;
      const imageNode = getValue(node, 'image');
      const image = scalarString(imageNode);
      if (!image) return false;
      const reason = unpinnedReason(image);
      const range = toRange(model.index, imageNode as { range?: [number, number, number] });
      if (reason && range) report(range, { image }, undefined, reason);
      return false;
    });
  },
};
