// Values Compose defines that the schema leaves as free strings: completion proposes them, hovers explain them,
// and the schema translation checks `restart` against them — all from this one table.
import { matchPath, type YamlPath } from '../yaml';

/** Docker's restart policies; `on-failure` takes an optional retry count (`on-failure:3`). */
export const RESTART_POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'] as const;

export const RESTART_POLICY = new RegExp(`^(?:${RESTART_POLICIES.map((p) => (p === 'on-failure' ? 'on-failure(?::\\d+)?' : p)).join('|')})$`);

/** The allowed restart values, as a message lists them. */
export function restartAllowed(): string {
  return RESTART_POLICIES.flatMap((p) => (p === 'on-failure' ? ['`on-failure`', '`on-failure:<n>`'] : [`\`${p}\``])).join(', ');
}

/** The policy a restart value names (`on-failure:3` is `on-failure`). */
export function restartPolicyOf(value: string): string {
  return value.startsWith('on-failure') ? 'on-failure' : value;
}

/** Values by path pattern (`*` is any service, network, volume or list index). */
export const KNOWN_VALUES: { pattern: string[]; values: readonly string[] }[] = [
  { pattern: ['services', '*', 'restart'], values: RESTART_POLICIES },
  { pattern: ['services', '*', 'pull_policy'], values: ['always', 'never', 'missing', 'build', 'if_not_present', 'daily', 'weekly'] },
  { pattern: ['services', '*', 'network_mode'], values: ['bridge', 'host', 'none'] },
  { pattern: ['services', '*', 'logging', 'driver'], values: ['json-file', 'local', 'journald', 'syslog', 'fluentd', 'gelf', 'awslogs', 'splunk', 'none'] },
  { pattern: ['services', '*', 'volumes', '*', 'type'], values: ['volume', 'bind', 'tmpfs', 'npipe', 'image', 'cluster'] },
  { pattern: ['services', '*', 'ports', '*', 'protocol'], values: ['tcp', 'udp'] },
  { pattern: ['services', '*', 'ports', '*', 'mode'], values: ['host', 'ingress'] },
  { pattern: ['services', '*', 'deploy', 'restart_policy', 'condition'], values: ['none', 'on-failure', 'any'] },
  { pattern: ['networks', '*', 'driver'], values: ['bridge', 'host', 'overlay', 'macvlan', 'ipvlan', 'none'] },
  { pattern: ['volumes', '*', 'driver'], values: ['local'] },
];

/** The values known at a path, if the table has them. */
export function knownValues(path: YamlPath): readonly string[] | undefined {
  for (const k of KNOWN_VALUES) if (matchPath(k.pattern, path)) return k.values;
  return undefined;
}
