import type { YamlCheck } from '../../kinds/yaml';
import { getPair, getValue, scalarString, seqItems } from '../../yaml';
import { k8sModel, nodeRange } from '../model';
import { isPlaceholder } from '../constraints';
import { looksLikeSecretName } from './K8S012-password-in-configmap';

/**
 * K8S028: a password, token or key written as a literal `value` in a container's `env`. It is then in the manifest,
 * in Git, and visible to anyone who can read the pod spec; a Secret referenced with `valueFrom.secretKeyRef` keeps it
 * out of all three.
 */
export const check: YamlCheck = {
  rule: 'K8S028',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    for (const c of k8sModel(doc).containers) {
      for (const e of seqItems(getValue(c.node, 'env'))) {
        const name = scalarString(getValue(e, 'name'));
        const pair = getPair(e, 'value');
        const value = scalarString(pair?.value);
        if (!name || !value || isPlaceholder(value) || /^\$/.test(value) || !looksLikeSecretName(name)) continue;
        const range = nodeRange(model, pair!.value);
        if (range) report(range, { name, container: c.name ?? c.list });
      }
    }
  },
};
