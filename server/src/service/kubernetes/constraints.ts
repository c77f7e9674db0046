// What the Kubernetes API checks but its OpenAPI description says only in prose: port ranges, weights, counts that
// cannot be negative, the naming rules of names, ports and labels, percentages, the label-selector operators. A small
// table of ours, keyed by the generated tree's definition and field (`IoK8sApiCoreV1ContainerPort.containerPort`).
// Sources: the API reference's field descriptions and the validation the API server applies (apimachinery's
// validation package: IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label, IsValidPortName, IsQualifiedName,
// IsValidLabelValue).

export type NameRule = 'dns-label' | 'dns-1035-label' | 'dns-subdomain' | 'port-name' | 'label-key' | 'label-value';

export type Constraint =
  /** `zeroUnset`: 0 is Go's "not set" for this field (a node port to be assigned, no host port). */
  | { range: [number, number?]; variant?: string; zeroUnset?: boolean }
  /** An int-or-string port: a number 1–65535, or the name of a container port. */
  | { port: true }
  /** An int-or-string count: a whole number ≥ 0, or a percentage such as `25%`. */
  | { percent: true }
  | { name: NameRule }
  | { enum: string[] };

/** Rules for a map's keys and values (labels, selectors). */
export interface MapConstraint {
  keys?: NameRule;
  values?: NameRule;
}

const PORT: Constraint = { range: [1, 65535] };
const COUNT: Constraint = { range: [0] };
const POSITIVE: Constraint = { range: [1] };
const WEIGHT: Constraint = { range: [1, 100] };

export const FIELD_CONSTRAINTS: Record<string, Constraint> = {
  'IoK8sApiCoreV1ContainerPort.containerPort': PORT,
  'IoK8sApiCoreV1ContainerPort.hostPort': { range: [1, 65535], zeroUnset: true },
  'IoK8sApiCoreV1ContainerPort.name': { name: 'port-name' },
  'IoK8sApiCoreV1ServicePort.port': PORT,
  'IoK8sApiCoreV1ServicePort.nodePort': { range: [30000, 32767], variant: 'nodePort', zeroUnset: true },
  'IoK8sApiCoreV1ServicePort.targetPort': { port: true },
  'IoK8sApiCoreV1ServicePort.name': { name: 'dns-label' },
  'IoK8sApiCoreV1HTTPGetAction.port': { port: true },
  'IoK8sApiCoreV1TCPSocketAction.port': { port: true },
  'IoK8sApiCoreV1GRPCAction.port': PORT,
  'IoK8sApiCoreV1WeightedPodAffinityTerm.weight': WEIGHT,
  'IoK8sApiCoreV1PreferredSchedulingTerm.weight': WEIGHT,
  'IoK8sApiAppsV1DeploymentSpec.replicas': COUNT,
  'IoK8sApiAppsV1DeploymentSpec.minReadySeconds': COUNT,
  'IoK8sApiAppsV1DeploymentSpec.revisionHistoryLimit': COUNT,
  'IoK8sApiAppsV1DeploymentSpec.progressDeadlineSeconds': POSITIVE,
  'IoK8sApiAppsV1ReplicaSetSpec.replicas': COUNT,
  'IoK8sApiAppsV1StatefulSetSpec.replicas': COUNT,
  'IoK8sApiAppsV1StatefulSetSpec.revisionHistoryLimit': COUNT,
  'IoK8sApiCoreV1ReplicationControllerSpec.replicas': COUNT,
  'IoK8sApiAppsV1RollingUpdateDeployment.maxSurge': { percent: true },
  'IoK8sApiAppsV1RollingUpdateDeployment.maxUnavailable': { percent: true },
  'IoK8sApiAppsV1RollingUpdateDaemonSet.maxSurge': { percent: true },
  'IoK8sApiAppsV1RollingUpdateDaemonSet.maxUnavailable': { percent: true },
  'IoK8sApiAppsV1RollingUpdateStatefulSetStrategy.maxUnavailable': { percent: true },
  'IoK8sApiAppsV1RollingUpdateStatefulSetStrategy.partition': COUNT,
  'IoK8sApiBatchV1JobSpec.completions': COUNT,
  'IoK8sApiBatchV1JobSpec.parallelism': COUNT,
  'IoK8sApiBatchV1JobSpec.backoffLimit': COUNT,
  'IoK8sApiBatchV1JobSpec.activeDeadlineSeconds': POSITIVE,
  'IoK8sApiBatchV1JobSpec.ttlSecondsAfterFinished': COUNT,
  'IoK8sApiBatchV1CronJobSpec.successfulJobsHistoryLimit': COUNT,
  'IoK8sApiBatchV1CronJobSpec.failedJobsHistoryLimit': COUNT,
  'IoK8sApiBatchV1CronJobSpec.startingDeadlineSeconds': COUNT,
  'IoK8sApiCoreV1Probe.initialDelaySeconds': COUNT,
  'IoK8sApiCoreV1Probe.periodSeconds': POSITIVE,
  'IoK8sApiCoreV1Probe.timeoutSeconds': POSITIVE,
  'IoK8sApiCoreV1Probe.successThreshold': POSITIVE,
  'IoK8sApiCoreV1Probe.failureThreshold': POSITIVE,
  'IoK8sApiCoreV1Probe.terminationGracePeriodSeconds': POSITIVE,
  'IoK8sApiCoreV1PodSpec.terminationGracePeriodSeconds': COUNT,
  'IoK8sApiCoreV1PodSpec.activeDeadlineSeconds': POSITIVE,
  'IoK8sApiAutoscalingV2HorizontalPodAutoscalerSpec.maxReplicas': POSITIVE,
  'IoK8sApiAutoscalingV1HorizontalPodAutoscalerSpec.maxReplicas': POSITIVE,
  'IoK8sApiCoreV1Container.name': { name: 'dns-label' },
  'IoK8sApiCoreV1Volume.name': { name: 'dns-label' },
  'IoK8sApimachineryPkgApisMetaV1LabelSelectorRequirement.operator': { enum: ['DoesNotExist', 'Exists', 'In', 'NotIn'] },
};

export const MAP_CONSTRAINTS: Record<string, MapConstraint> = {
  'IoK8sApimachineryPkgApisMetaV1ObjectMeta.labels': { keys: 'label-key', values: 'label-value' },
  'IoK8sApimachineryPkgApisMetaV1ObjectMeta.annotations': { keys: 'label-key' },
  'IoK8sApimachineryPkgApisMetaV1LabelSelector.matchLabels': { keys: 'label-key', values: 'label-value' },
  'IoK8sApiCoreV1ServiceSpec.selector': { keys: 'label-key', values: 'label-value' },
  'IoK8sApiCoreV1PodSpec.nodeSelector': { keys: 'label-key', values: 'label-value' },
};

/** `metadata.name` rules by kind: a Service's name becomes a DNS label (it must start with a letter). */
export const NAME_RULE_BY_KIND: Record<string, NameRule> = {
  Service: 'dns-1035-label',
  Namespace: 'dns-label',
  Pod: 'dns-subdomain',
  Deployment: 'dns-subdomain',
  ReplicaSet: 'dns-subdomain',
  StatefulSet: 'dns-subdomain',
  DaemonSet: 'dns-subdomain',
  Job: 'dns-subdomain',
  CronJob: 'dns-subdomain',
  ConfigMap: 'dns-subdomain',
  Secret: 'dns-subdomain',
  Ingress: 'dns-subdomain',
  IngressClass: 'dns-subdomain',
  PersistentVolumeClaim: 'dns-subdomain',
  PersistentVolume: 'dns-subdomain',
  StorageClass: 'dns-subdomain',
  ServiceAccount: 'dns-subdomain',
  HorizontalPodAutoscaler: 'dns-subdomain',
  NetworkPolicy: 'dns-subdomain',
  PodDisruptionBudget: 'dns-subdomain',
  LimitRange: 'dns-subdomain',
  ResourceQuota: 'dns-subdomain',
};

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** A value that a tool fills in later (`$(VAR)`, `${VAR}`, `{{ x }}`, `<name>`): not checked. */
export function isPlaceholder(v: string): boolean {
  return /\$\(|\$\{|\{\{|<[^>]*>|%\{/.test(v);
}

/** Why a name breaks a rule (a ui-facing reason id), or undefined when it is fine. */
export function nameProblem(rule: NameRule, v: string): string | undefined {
  switch (rule) {
    case 'dns-label':
      if (v.length > 63) return 'tooLong63';
      return LABEL.test(v) ? undefined : 'dnsLabel';
    case 'dns-1035-label':
      if (v.length > 63) return 'tooLong63';
      return LABEL_1035.test(v) ? undefined : 'dns1035';
    case 'dns-subdomain':
      if (v.length > 253) return 'tooLong253';
      return SUBDOMAIN.test(v) ? undefined : 'subdomain';
    case 'port-name':
      if (v.length > 15) return 'portTooLong';
      if (!/^[a-z0-9-]+$/.test(v) || !/[a-z]/.test(v) || v.startsWith('-') || v.endsWith('-') || v.includes('--')) return 'portName';
      return undefined;
    case 'label-key': {
      const slash = v.lastIndexOf('/');
      const prefix = slash >= 0 ? v.slice(0, slash) : undefined;
      const name = slash >= 0 ? v.slice(slash + 1) : v;
      if (prefix !== undefined && (prefix.length > 253 || !SUBDOMAIN.test(prefix))) return 'labelKeyPrefix';
      if (name.length > 63) return 'tooLong63';
      return QUALIFIED_NAME.test(name) ? undefined : 'labelKey';
    }
    case 'label-value':
      if (v.length > 63) return 'tooLong63';
      return v === '' || QUALIFIED_NAME.test(v) ? undefined : 'labelValue';
  }
}

/**
 * A resource quantity (`500m`, `1.5`, `128Mi`, `2Gi`, `1e3`): a decimal number and one suffix — binary (Ki, Mi, Gi,
 * Ti, Pi, Ei), decimal SI (n, u, m, k, M, G, T, P, E) or an exponent. `512MB`, `1 Gi` and `2GB` are not quantities.
 */
export function isQuantity(v: string): boolean {
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/.test(v);
}
