import type { YamlCheck } from '../../kinds/yaml';
import { closest } from '../../text';
import { getValue, isMap, scalarString, seqItems, isYamlNode, type YamlNode } from '../../yaml';
import { composeIndex, listOrMapNames, rangeOf, hasVariable } from '../document';
import { isPartialFile } from '../syntax';

/**
 * DC006: `depends_on`, `links`, `extends.service`, `network_mode: service:x` or `volumes_from` naming a service that is
 * not defined in the file (`docker compose config` rejects it). Quiet in override files and when `include` may bring
 * the service in.
 */
export const check: YamlCheck = {
  rule: 'DC006',
  formats: ['compose'],
  run({ model, unit: doc, report, fs }) {
    const idx = composeIndex(doc);
    if (idx.hasInclude || isPartialFile(model, fs)) return;
    const names = [...idx.services.keys()];
    const ref = (name: string, node: YamlNode, via: string) => {
      if (!name || idx.services.has(name) || hasVariable(name)) return;
      const range = rangeOf(model, node);
      if (!range) return;
      const suggestion = closest(name, names);
      report(range, suggestion ? { name, via, suggestion } : { name, via }, undefined, suggestion ? 'suggest' : undefined);
    };
    for (const s of idx.services.values()) {
      for (const d of listOrMapNames(getValue(s.node, 'depends_on'))) ref(d.name, d.node, 'depends_on');
      for (const it of seqItems(getValue(s.node, 'links'))) {
        const v = scalarString(it);
        if (v !== undefined && isYamlNode(it)) ref(v.split(':')[0], it, 'links');
      }
      const ext = getValue(s.node, 'extends');
      if (isMap(ext) && getValue(ext, 'file') === undefined) {
        const sv = getValue(ext, 'service');
        const v = scalarString(sv);
        if (v !== undefined && isYamlNode(sv)) ref(v, sv, 'extends.service');
      } else if (!isMap(ext)) {
        const v = scalarString(ext);
        if (v !== undefined && isYamlNode(ext)) ref(v, ext, 'extends');
      }
      const nm = getValue(s.node, 'network_mode');
      const nmv = scalarString(nm);
      if (nmv?.startsWith('service:') && isYamlNode(nm)) ref(nmv.slice(8), nm, 'network_mode');
      for (const it of seqItems(getValue(s.node, 'volumes_from'))) {
        const v = scalarString(it);
        if (v === undefined || !isYamlNode(it) || v.startsWith('container:')) continue;
        ref(v.replace(/^service:/, '').split(':')[0], it, 'volumes_from');
      }
    }
  },
};
