import type { YamlCheck } from '../../kinds/yaml';
import { composeIndex, hasVariable, rangeOf } from '../model';
import { environment } from '../syntax';

const SECRET_KEY = /(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|_KEY$)/i;
// Flags and pointers, not secrets: *_FILE points at a secret file; ALLOW_EMPTY/RANDOM switches are yes/no.
const NOT_SECRET = /(?:_FILE$|_PATH$|ALLOW_EMPTY|RANDOM_ROOT|_LENGTH$|_EXPIRY|_EXPIRE|_TTL$|_ALGORITHM$|_HOST$|_PORT$|_URL$|_DIR$|KEY_ID$|_ENABLED?$)/i;

/**
 * DC019: a password, token or key written literally in `environment`. It ends up in the repository, in
 * `docker inspect` and in every log of the configuration. Use a variable from an `.env` file kept out of Git
 * (`${DB_PASSWORD}`), an `env_file`, or `secrets` (mounted as a file, e.g. with `MYSQL_ROOT_PASSWORD_FILE`).
 */
export const check: YamlCheck = {
  rule: 'DC019',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const s of composeIndex(doc).services.values()) {
      for (const e of environment(s)) {
        if (!SECRET_KEY.test(e.key) || NOT_SECRET.test(e.key)) continue;
        const v = e.value;
        if (v === undefined || v === '' || hasVariable(v) || /^(?:true|false|yes|no|0|1)$/i.test(v) || v.startsWith('/run/secrets/')) continue;
        const range = rangeOf(model, e.node);
        if (range) report(range, { key: e.key, service: s.name });
      }
    }
  },
};
