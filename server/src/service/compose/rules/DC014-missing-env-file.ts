import type { YamlCheck } from '../../kinds/yaml';
import { getValue, isMap, isSeq, scalarString, seqItems } from '../../yaml';
import { composeIndex, hasVariable, rangeOf } from '../model';
import { dirOf, pathStatus, resolveIn } from '../../common/paths';

/**
 * DC014: an `env_file` that does not exist (and is not marked `required: false`). Compose stops with "env file …
 * not found". Skipped without a workspace, for paths with variables and for paths outside the workspace.
 */
export const check: YamlCheck = {
  rule: 'DC014',
  formats: ['compose'],
  run({ model, unit: doc, report, fs }) {
    if (!fs.available) return;
    const dir = dirOf(model.path);
    for (const s of composeIndex(doc).services.values()) {
      const ef = getValue(s.node, 'env_file');
      const items = isSeq(ef) ? seqItems(ef) : ef === undefined ? [] : [ef];
      for (const it of items) {
        const node = isMap(it) ? getValue(it, 'path') : it;
        if (isMap(it) && scalarString(getValue(it, 'required')) === 'false') continue;
        const p = scalarString(node);
        if (p === undefined || !p || hasVariable(p) || p.startsWith('~')) continue;
        const range = rangeOf(model, node);
        if (range && pathStatus(fs, resolveIn(dir, p)) === 'missing') report(range, { path: p, service: s.name });
      }
    }
  },
};
