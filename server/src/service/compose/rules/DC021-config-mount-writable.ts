import type { YamlCheck } from '../../kinds/yaml';
import { getValue, isMap, nodeRange, seqItems, isQuotedScalar } from '../../yaml';
import { composeIndex, rangeOf } from '../model';
import { volumeOf } from '../syntax';

const CONFIG_FILE = /\.(?:conf|cnf|ini|ya?ml|json|toml|cfg|properties)$/i;

/**
 * DC021: a single configuration file bind-mounted into `/etc/…` without `:ro`. The container only needs to read it;
 * read-write lets the process (or an attacker in it) change the file on your host. Quick fix: append `:ro`.
 */
export const check: YamlCheck = {
  rule: 'DC021',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    for (const s of composeIndex(doc).services.values()) {
      for (const it of seqItems(getValue(s.node, 'volumes'))) {
        const v = volumeOf(it);
        if (!v || v.type !== 'bind' || v.readOnly || !v.source || !v.target) continue;
        if (!CONFIG_FILE.test(v.source) || !v.target.startsWith('/etc/')) continue;
        const range = rangeOf(model, it);
        if (!range) continue;
        const r = nodeRange(it as { range?: [number, number, number] });
        const fixes = v.short && r && !isMap(it)
          ? [{ titleId: 'readOnly', edits: [{ range: model.index.range(isQuotedScalar(it) ? r[1] - 1 : r[1], isQuotedScalar(it) ? r[1] - 1 : r[1]), newText: model.text.slice(r[0], r[1]).split(':').length > 2 ? ',ro' : ':ro' }], preferred: true }]
          : undefined;
        report(range, { source: v.source, target: v.target }, fixes);
      }
    }
  },
};
