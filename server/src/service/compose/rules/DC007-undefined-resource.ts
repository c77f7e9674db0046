import type { YamlCheck } from '../../kinds/yaml';
import { closest } from '../../text';
import { getValue, isMap, isSeq, scalarString, seqItems, isYamlNode, type YamlNode } from '../../yaml';
import { composeIndex, listOrMapNames, rangeOf, hasVariable, type Entry } from '../document';
import { isPartialFile, volumeOf } from '../syntax';

/**
 * DC007: a service uses a named volume, network, secret or config that the file does not declare at the top level
 * (`docker compose config`: "service x refers to undefined volume y"). The implicit `default` network is allowed.
 */
export const check: YamlCheck = {
  rule: 'DC007',
  formats: ['compose'],
  run({ model, unit: doc, report, fs }) {
    const idx = composeIndex(doc);
    if (idx.hasInclude || isPartialFile(model, fs)) return;
    const ref = (kind: 'volume' | 'network' | 'secret' | 'config', declared: Map<string, Entry>, name: string, node: YamlNode, service: string) => {
      if (!name || declared.has(name) || hasVariable(name)) return;
      const range = rangeOf(model, node);
      if (!range) return;
      const suggestion = closest(name, declared.keys());
      const section = `${kind}s`;
      report(range, suggestion ? { name, kind: section, service, suggestion } : { name, kind: section, service }, undefined, suggestion ? 'suggest' : undefined);
    };
    for (const s of idx.services.values()) {
      for (const it of seqItems(getValue(s.node, 'volumes'))) {
        const v = volumeOf(it);
        if (!v || v.type !== 'volume' || !v.source) continue;
        const node = isMap(it) ? getValue(it, 'source') : it;
        if (isYamlNode(node)) ref('volume', idx.volumes, v.source, node, s.name);
      }
      for (const n of listOrMapNames(getValue(s.node, 'networks'))) if (n.name !== 'default') ref('network', idx.networks, n.name, n.node, s.name);
      for (const [key, kind, declared] of [['secrets', 'secret', idx.secrets], ['configs', 'config', idx.configs]] as const) {
        const lists = [getValue(s.node, key)];
        if (key === 'secrets') lists.push(getValue(getValue(s.node, 'build'), 'secrets'));
        for (const list of lists) {
          if (!isSeq(list)) continue;
          for (const it of seqItems(list)) {
            const node = isMap(it) ? getValue(it, 'source') : it;
            const name = scalarString(node);
            if (name !== undefined && isYamlNode(node)) ref(kind, declared, name, node, s.name);
          }
        }
      }
    }
  },
};
