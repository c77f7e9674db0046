// What the best-practice rules read of a container: its probes, ports, resources, security context and env, found
// through the model's containers (workloads, Pods, CronJobs).
import type { YamlNode } from '../yaml';
import { getIn, getPair, getValue, isMap, scalarString, scalarValue, seqItems } from '../yaml';
import type { K8sContainer, K8sModel } from './model';

export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

export interface ProbePort {
  probe: string;
  /** The port node (`httpGet.port`, `tcpSocket.port`, `grpc.port`). */
  node: YamlNode;
  value: string | number;
}

/** The ports the container's probes connect to. */
export function probePorts(c: K8sContainer): ProbePort[] {
  const out: ProbePort[] = [];
  for (const probe of PROBES) {
    const p = getValue(c.node, probe);
    for (const action of ['httpGet', 'tcpSocket', 'grpc']) {
      const pair = getPair(getValue(p, action), 'port');
      const v = scalarValue(pair?.value);
      if (pair && (typeof v === 'string' || typeof v === 'number')) out.push({ probe, node: pair.value as YamlNode, value: v });
    }
  }
  return out;
}

/** An app container of a long-running pod (not an init container, unless it is a native sidecar). */
export function isAppContainer(c: K8sContainer): boolean {
  if (c.list === 'containers') return true;
  return c.list === 'initContainers' && scalarString(getValue(c.node, 'restartPolicy')) === 'Always';
}

/** The node a finding about a whole container is placed on: its `name` key, else the item itself. */
export function containerAnchor(c: K8sContainer): unknown {
  return getPair(c.node, 'name')?.key ?? c.node;
}

/** A boolean security setting, the container's own or else the pod's (`runAsNonRoot`, `runAsUser` …). */
export function securitySetting(m: K8sModel, c: K8sContainer, key: string): { value: unknown; node: unknown } | undefined {
  for (const ctx of [getValue(c.node, 'securityContext'), getValue(m.podSpec, 'securityContext')]) {
    const pair = getPair(ctx, key);
    if (pair) return { value: scalarValue(pair.value), node: pair.value };
  }
  return undefined;
}

export { getIn, isMap, seqItems };
