import type { FileCheck } from '../rules/check';
import { yamlDocs } from '../kinds/yaml';
import { aliasExpansionSize } from '../yaml';

export const ALIAS_EXPANSION_LIMIT = 100_000;

/**
 * YAML002: anchors and aliases that would expand to a huge tree ("billion laughs"). We never expand aliases
 * ourselves; this says why the file is dangerous for the tools that do (kubectl, docker compose, ansible).
 */
export const check: FileCheck = {
  rule: 'YAML002',
  file: true,
  run({ model, report }) {
    for (const d of yamlDocs(model)) {
      if (!d.format) continue; // plain YAML belongs to the YAML extension
      // Most documents have no anchor at all: a text scan is far cheaper than a walk.
      const src = model.text.slice(d.yaml.start, d.yaml.end);
      if (!/(^|[\s[{,:])&[^\s,\]}]/.test(src) || !/(^|[\s[{,:-])\*[^\s,\]}]/.test(src)) continue;
      const { size, firstAlias } = aliasExpansionSize(d.yaml.doc, ALIAS_EXPANSION_LIMIT);
      if (size > ALIAS_EXPANSION_LIMIT && firstAlias) {
        report(model.index.range(firstAlias[0], firstAlias[1]), { count: ALIAS_EXPANSION_LIMIT.toLocaleString('en') });
      }
    }
  },
};
