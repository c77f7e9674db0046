// Small parsers for Compose short syntaxes (ports, volumes) and service facts the checks share.
import type { DocumentModel } from '../model';
import type { WorkspaceFs } from '../workspace/fs';
import { basename, dirOf } from '../common/paths';
import { getValue, isMap, isSeq, scalarString, seqItems, mapPairs, pairKey } from '../yaml';
import { hasVariable, type Entry } from './model';

export interface PortSpec {
  hostIp?: string;
  /** Published (host) port or range start/end; undefined when the host port is left to Docker (random). */
  hostStart?: number;
  hostEnd?: number;
  container: string;
  protocol: string;
}

/** `"[ip:][host[-end]:]container[-end][/proto]"` (also IPv6 `[::1]:80:80`). Undefined when it has variables or is malformed. */
export function parsePort(text: string): PortSpec | undefined {
  if (hasVariable(text)) return undefined;
  let s = text.trim();
  let protocol = 'tcp';
  const slash = s.lastIndexOf('/');
  if (slash >= 0) {
    protocol = s.slice(slash + 1).toLowerCase();
    s = s.slice(0, slash);
  }
  let hostIp: string | undefined;
  if (s.startsWith('[')) {
    const close = s.indexOf(']:');
    if (close < 0) return undefined;
    hostIp = s.slice(1, close);
    s = s.slice(close + 2);
  }
  const parts = s.split(':');
  if (parts.length > 3) return undefined;
  const container = parts[parts.length - 1];
  let host: string | undefined;
  if (parts.length === 3) {
    hostIp = parts[0];
    host = parts[1];
  } else if (parts.length === 2) {
    host = parts[0];
  }
  let hostStart: number | undefined;
  let hostEnd: number | undefined;
  if (host) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(host);
    if (!m) return undefined;
    hostStart = Number(m[1]);
    hostEnd = Number(m[2] ?? m[1]);
  }
  return { hostIp: hostIp || undefined, hostStart, hostEnd, container, protocol };
}

/** A port entry (short string/number or long map) as a PortSpec. */
export function portOf(node: unknown): PortSpec | undefined {
  if (isMap(node)) {
    const published = scalarString(getValue(node, 'published'));
    const target = scalarString(getValue(node, 'target')) ?? '';
    const protocol = (scalarString(getValue(node, 'protocol')) ?? 'tcp').toLowerCase();
    const hostIp = scalarString(getValue(node, 'host_ip'));
    if (published === undefined) return { container: target, protocol, hostIp };
    if (hasVariable(published)) return undefined;
    const m = /^(\d+)(?:-(\d+))?$/.exec(published);
    if (!m) return undefined;
    return { hostIp, hostStart: Number(m[1]), hostEnd: Number(m[2] ?? m[1]), container: target, protocol };
  }
  const s = scalarString(node);
  if (s === undefined) return undefined;
  return parsePort(s);
}

export interface VolumeSpec {
  type: 'bind' | 'volume' | 'other';
  source?: string;
  target?: string;
  readOnly: boolean;
  /** Written in the short `src:dst[:mode]` form. */
  short: boolean;
}

/** A bind source in short syntax starts with `.`, `/` or `~` (or is a Windows drive path); anything else names a volume. */
export const isPathLike = (s: string) => /^(?:\.|\/|~|[A-Za-z]:[\\/]|\\\\)/.test(s);

export function volumeOf(node: unknown): VolumeSpec | undefined {
  if (isMap(node)) {
    const type = scalarString(getValue(node, 'type'));
    const source = scalarString(getValue(node, 'source'));
    const target = scalarString(getValue(node, 'target'));
    const ro = scalarString(getValue(node, 'read_only'));
    return { type: type === 'bind' ? 'bind' : type === 'volume' ? 'volume' : 'other', source, target, readOnly: ro === 'true', short: false };
  }
  const s = typeof node === 'string' ? node : scalarString(node);
  if (s === undefined) return undefined;
  // Windows drive letters (`C:\data:/data`) would confuse a plain split: keep the drive with its path.
  const parts = s.match(/(?:[A-Za-z]:[\\/])?[^:]+/g) ?? [];
  if (parts.length === 0) return undefined; // `- ""` while typing: nothing to check yet
  if (parts.length === 1) return { type: 'volume', target: parts[0], readOnly: false, short: true }; // anonymous volume
  const [source, target, mode] = parts as [string, string, string | undefined];
  const readOnly = !!mode && mode.split(',').includes('ro');
  return { type: isPathLike(source) || hasVariable(source) ? 'bind' : 'volume', source, target, readOnly, short: true };
}

/** How many containers a service runs: `scale`, else `deploy.replicas`, else 1 (unknown values count as 1). */
export function replicas(service: Entry): number {
  const n = (v: unknown) => {
    const s = scalarString(v);
    return s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined;
  };
  return n(getValue(service.node, 'scale')) ?? n(getValue(getValue(service.node, 'deploy'), 'replicas')) ?? 1;
}

const MAIN_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/**
 * An override or environment file (`compose.override.yaml`, `docker-compose.prod.yml` next to a main file) is
 * merged onto a main file: it may name services, volumes and networks the main file defines.
 */
export function isPartialFile(model: DocumentModel, fs: WorkspaceFs): boolean {
  const name = basename(model.path).toLowerCase();
  if (MAIN_NAMES.includes(name)) return false;
  if (/override/.test(name)) return true;
  if (!fs.available) return false;
  const dir = dirOf(model.path);
  return MAIN_NAMES.some((n) => fs.exists(`${dir}/${n}`));
}

/** Profiles of a service (empty = always active). */
export function profiles(service: Entry): string[] {
  return seqItems(getValue(service.node, 'profiles')).map(scalarString).filter((s): s is string => s !== undefined);
}

/** Keys of a service's `environment` with their value nodes (map or `KEY=value` list form). */
export function environment(service: Entry): { key: string; value: string | undefined; node: unknown; keyNode: unknown }[] {
  const env = getValue(service.node, 'environment');
  const out: { key: string; value: string | undefined; node: unknown; keyNode: unknown }[] = [];
  if (isMap(env)) {
    for (const p of mapPairs(env)) {
      const k = pairKey(p);
      if (k) out.push({ key: k, value: p.value == null ? undefined : scalarString(p.value), node: p.value ?? p.key, keyNode: p.key });
    }
  } else if (isSeq(env)) {
    for (const it of seqItems(env)) {
      const s = scalarString(it);
      if (!s) continue;
      const eq = s.indexOf('=');
      out.push({ key: eq < 0 ? s : s.slice(0, eq), value: eq < 0 ? undefined : s.slice(eq + 1), node: it, keyNode: it });
    }
  }
  return out;
}
