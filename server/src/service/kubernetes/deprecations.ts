// API versions that Kubernetes stopped serving, or will: a data table of ours, from the official "Deprecated API
// Migration Guide" (https://kubernetes.io/docs/reference/using-api/deprecation-guide/). Each row: the old
// apiVersion and kinds, the release that removed them (none for a GA API that is only deprecated), the replacement
// and the release it is available since, and what changed when moving (a message variant).
import { KUBERNETES_VERSION } from './schema';

export interface ApiRemoval {
  apiVersion: string;
  kinds: string[];
  /** The release that stopped serving it; undefined for a deprecated API that is still served. */
  removedIn?: string;
  /** The release since which it warns (deprecated-and-served APIs only). */
  deprecatedIn?: string;
  /** The apiVersion to use instead (same kind unless `replacementKind`); none for an API that has no successor. */
  replacement?: string;
  replacementKind?: string;
  /** The release the replacement is available since. */
  since?: string;
  /** What changed, as a message variant: `ingress`, `workload`, `psp`, `endpoints` … */
  note?: string;
}

const WORKLOADS = ['Deployment', 'ReplicaSet'];
const RBAC = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];
const FLOW = ['FlowSchema', 'PriorityLevelConfiguration'];

export const API_REMOVALS: readonly ApiRemoval[] = [
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: FLOW, removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1', since: '1.29' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: FLOW, removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1', since: '1.29' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: FLOW, removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1', since: '1.29' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], removedIn: '1.27', replacement: 'storage.k8s.io/v1', since: '1.24' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.26', replacement: 'autoscaling/v2', since: '1.23', note: 'hpa' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.25', replacement: 'autoscaling/v2', since: '1.23', note: 'hpa' },
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], removedIn: '1.25', replacement: 'batch/v1', since: '1.21' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], removedIn: '1.25', replacement: 'discovery.k8s.io/v1', since: '1.21' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], removedIn: '1.25', replacement: 'events.k8s.io/v1', since: '1.19' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], removedIn: '1.25', replacement: 'policy/v1', since: '1.21', note: 'pdb' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.25', note: 'psp' },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], removedIn: '1.25', replacement: 'node.k8s.io/v1', since: '1.20' },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1', since: '1.16', note: 'webhook' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1', since: '1.16', note: 'crd' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1', since: '1.10' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], removedIn: '1.22', replacement: 'authentication.k8s.io/v1', since: '1.6' },
  { apiVersion: 'authorization.k8s.io/v1beta1', kinds: ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview', 'SelfSubjectRulesReview'], removedIn: '1.22', replacement: 'authorization.k8s.io/v1', since: '1.6' },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], removedIn: '1.22', replacement: 'certificates.k8s.io/v1', since: '1.19' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], removedIn: '1.22', replacement: 'coordination.k8s.io/v1', since: '1.14' },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], removedIn: '1.22', replacement: 'networking.k8s.io/v1', since: '1.19', note: 'ingress' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress'], removedIn: '1.22', replacement: 'networking.k8s.io/v1', since: '1.19', note: 'ingress' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['IngressClass'], removedIn: '1.22', replacement: 'networking.k8s.io/v1', since: '1.19' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: RBAC, removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1', since: '1.8' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], removedIn: '1.22', replacement: 'scheduling.k8s.io/v1', since: '1.14' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], removedIn: '1.22', replacement: 'storage.k8s.io/v1', since: '1.19' },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], removedIn: '1.16', replacement: 'networking.k8s.io/v1', since: '1.8' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.16', note: 'psp' },
  { apiVersion: 'extensions/v1beta1', kinds: [...WORKLOADS, 'DaemonSet'], removedIn: '1.16', replacement: 'apps/v1', since: '1.9', note: 'workload' },
  { apiVersion: 'apps/v1beta1', kinds: [...WORKLOADS, 'StatefulSet', 'ControllerRevision'], removedIn: '1.16', replacement: 'apps/v1', since: '1.9', note: 'workload' },
  { apiVersion: 'apps/v1beta2', kinds: [...WORKLOADS, 'StatefulSet', 'DaemonSet', 'ControllerRevision'], removedIn: '1.16', replacement: 'apps/v1', since: '1.9', note: 'workload' },
  // Deprecated, still served (GA APIs are not removed within a major version).
  { apiVersion: 'v1', kinds: ['ComponentStatus'], deprecatedIn: '1.19', note: 'componentstatus' },
  { apiVersion: 'v1', kinds: ['Endpoints'], deprecatedIn: '1.33', replacement: 'discovery.k8s.io/v1', replacementKind: 'EndpointSlice', since: '1.21', note: 'endpoints' },
];

/** `1.29`, `v1.29.3` → [1, 29]; undefined when it is not a version. */
export function parseVersion(v: string | undefined): [number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec((v ?? '').trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function compareVersions(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** The release manifests are judged against: the setting, or the newest we know. */
export function targetVersion(setting: string | undefined): { version: [number, number]; label: string } {
  const v = parseVersion(setting) ?? parseVersion(KUBERNETES_VERSION)!;
  return { version: v, label: `${v[0]}.${v[1]}` };
}

/** The row about an apiVersion and kind, if any. */
export function removalOf(apiVersion: string | undefined, kind: string | undefined): ApiRemoval | undefined {
  if (!apiVersion || !kind) return undefined;
  return API_REMOVALS.find((r) => r.apiVersion === apiVersion && r.kinds.includes(kind));
}
