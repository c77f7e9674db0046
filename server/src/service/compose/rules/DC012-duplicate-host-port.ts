import type { YamlCheck } from '../../kinds/yaml';
import { getValue, seqItems } from '../../yaml';
import { composeIndex, rangeOf } from '../model';
import { portOf, profiles } from '../syntax';

const ANY_IP = new Set([undefined, '', '0.0.0.0', '::', '*']);

/**
 * DC012: the same host port (and protocol, on overlapping host addresses) published twice — by two services or by
 * one service twice. The second container fails to start with "port is already allocated". Services in disjoint
 * profiles never run together and are not compared.
 */
export const check: YamlCheck = {
  rule: 'DC012',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    const seen: { service: string; start: number; end: number; protocol: string; ip?: string; profiles: string[] }[] = [];
    for (const s of composeIndex(doc).services.values()) {
      const prof = profiles(s);
      for (const it of seqItems(getValue(s.node, 'ports'))) {
        const p = portOf(it);
        if (!p || p.hostStart === undefined || p.hostEnd === undefined) continue;
        const clash = seen.find((o) =>
          o.protocol === p.protocol && o.start <= p.hostEnd! && p.hostStart! <= o.end &&
          (ANY_IP.has(o.ip) || ANY_IP.has(p.hostIp) || o.ip === p.hostIp) &&
          !(o.profiles.length && prof.length && !o.profiles.some((x) => prof.includes(x))));
        if (clash) {
          const range = rangeOf(model, it);
          if (range) report(range, { port: String(Math.max(p.hostStart, clash.start)), service: s.name, other: clash.service }, undefined, clash.service === s.name ? 'same' : undefined);
        } else {
          seen.push({ service: s.name, start: p.hostStart, end: p.hostEnd, protocol: p.protocol, ip: p.hostIp, profiles: prof });
        }
      }
    }
  },
};
