import type { YamlCheck } from '../../kinds/yaml';
import { getPair, getValue, mapPairs, pairKey, scalarString } from '../../yaml';
import { composeIndex, rangeOf } from '../model';

/**
 * DC018: `logging` with the `json-file` driver (named, or left as the default) and no `max-size`/`max-file` options.
 * json-file keeps every line on the host's disk forever; in production set both so old logs rotate away.
 */
export const check: YamlCheck = {
  rule: 'DC018',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const s of composeIndex(doc).services.values()) {
      const pair = getPair(s.node, 'logging');
      if (!pair) continue;
      // A misspelt key (`option:` for `options:`) is DC001's: the options may be right under the wrong name.
      if (mapPairs(pair.value).some((p) => !['driver', 'options'].includes(pairKey(p) ?? ''))) continue;
      const driverNode = getValue(pair.value, 'driver');
      const driver = scalarString(driverNode);
      if (driver !== undefined && driver !== 'json-file') continue;
      const opts = getValue(pair.value, 'options');
      const missing = ['max-size', 'max-file'].filter((k) => getValue(opts, k) === undefined);
      if (!missing.length) continue;
      const range = rangeOf(model, driverNode ?? pair.key);
      if (range) report(range, { service: s.name, missing: missing.map((m) => `\`${m}\``).join(', ') });
    }
  },
};
