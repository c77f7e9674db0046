import type { YamlCheck } from '../../kinds/yaml';
import { getValue, mapPairs, pairKey, scalarString } from '../../yaml';
import { nodeRange } from '../model';
import { isPlaceholder } from '../constraints';

/** Keys that name a credential (`MYSQL_ROOT_PASSWORD`, `api-key`, `db.token`), not a setting about one. */
export const SECRET_NAME = /(?:^|[_.\-\s]|[a-z](?=[A-Z]))(?:pass(?:word|wd)?|pwd|secret|token|api[_.-]?key|private[_.-]?key|access[_.-]?key|credentials?)(?:$|[_.\-\s])/i;
const NOT_A_SECRET = /(?:_file|_path|_ref|_name|length|policy|url|_enabled|required|expir|ttl|header|cluster_token)$/i;

export function looksLikeSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_A_SECRET.test(name);
}

/**
 * K8S012: a ConfigMap key that names a password, token or key (`MYSQL_ROOT_PASSWORD: fastcampus`, as the notes'
 * example does). ConfigMaps are for settings anyone with read access may see; credentials belong in a Secret (and
 * `secretKeyRef`), which RBAC can restrict and etcd can encrypt.
 */
export const check: YamlCheck = {
  rule: 'K8S012',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    if (doc.kind !== 'ConfigMap') return;
    for (const pair of mapPairs(getValue(doc.yaml.doc.contents, 'data'))) {
      const key = pairKey(pair);
      const value = scalarString(pair.value);
      if (!key || !value || isPlaceholder(value) || !looksLikeSecretName(key)) continue;
      const range = nodeRange(model, pair.key);
      if (range) report(range, { key });
    }
  },
};
