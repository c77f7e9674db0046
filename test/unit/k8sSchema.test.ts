// The generated Kubernetes field tree (server/src/service/kubernetes/tree.generated.ts): the kinds and fields the
// rules, hovers and completion rely on are there with their types, required sets and enumerations. A refresh of
// kubernetes-models that moves or drops one of them fails here, and the generated files must match the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { KUBERNETES_VERSION, apiDescription, apiVersions, definition, kindDefinition, kindsOf, typeAtPath, typeLabel } from '../../server/src/service/kubernetes/schema';

test('the tree knows every built-in kind of Kubernetes 1.36 and the removed API versions', () => {
  assert.equal(KUBERNETES_VERSION, '1.36.0');
  const source = JSON.parse(readFileSync(join(ROOT, 'server/data/schemas/kubernetes.source.json'), 'utf8'));
  assert.equal(source.package, 'kubernetes-models@5.1.0');
  for (const [v, k] of [
    ['v1', 'Pod'], ['v1', 'Service'], ['v1', 'ConfigMap'], ['v1', 'Secret'], ['v1', 'Namespace'], ['v1', 'ResourceQuota'], ['v1', 'LimitRange'],
    ['v1', 'PersistentVolumeClaim'], ['v1', 'PersistentVolume'], ['v1', 'ServiceAccount'], ['apps/v1', 'Deployment'], ['apps/v1', 'ReplicaSet'],
    ['apps/v1', 'StatefulSet'], ['apps/v1', 'DaemonSet'], ['batch/v1', 'Job'], ['batch/v1', 'CronJob'], ['networking.k8s.io/v1', 'Ingress'],
    ['networking.k8s.io/v1', 'NetworkPolicy'], ['autoscaling/v2', 'HorizontalPodAutoscaler'], ['policy/v1', 'PodDisruptionBudget'],
    ['rbac.authorization.k8s.io/v1', 'Role'], ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'], ['storage.k8s.io/v1', 'StorageClass'],
    ['resource.k8s.io/v1', 'ResourceClaim'],
    // removed versions keep their own fields
    ['extensions/v1beta1', 'Ingress'], ['batch/v1beta1', 'CronJob'], ['policy/v1beta1', 'PodSecurityPolicy'], ['apps/v1beta2', 'Deployment'],
  ]) assert.ok(kindDefinition(v, k), `${v} ${k}`);
  assert.ok(apiVersions().length >= 40);
  assert.ok(kindsOf('v1').filter((k) => !k.endsWith('List')).length >= 17, 'the kinds of the core group');
  assert.equal(kindDefinition('v1', 'Deployment'), undefined);
});

test('fields, types, required sets and enumerations per kind', () => {
  const dep = kindDefinition('apps/v1', 'Deployment')!;
  const at = (d: string, path: (string | number)[]) => typeAtPath(d, path);
  const spec = at(dep, ['spec'])!;
  assert.deepEqual(definition((spec.type as { $ref: string }).$ref)?.required, ['selector', 'template']);
  assert.equal(at(dep, ['spec', 'replicas'])?.type, 'integer');
  assert.equal(at(dep, ['spec', 'strategy', 'rollingUpdate', 'maxSurge'])?.type, 'int-or-string');
  assert.deepEqual(at(dep, ['spec', 'strategy', 'type'])?.type, { enum: ['Recreate', 'RollingUpdate'] });
  const container = ['spec', 'template', 'spec', 'containers', 0];
  assert.deepEqual(at(dep, [...container, 'imagePullPolicy'])?.type, { enum: ['Always', 'IfNotPresent', 'Never'] });
  assert.equal(at(dep, [...container, 'ports', 0, 'containerPort'])?.type, 'integer');
  assert.equal(at(dep, [...container, 'resources', 'limits', 'memory'])?.type, 'quantity');
  assert.equal(at(dep, [...container, 'env', 0, 'value'])?.type, 'string');
  assert.deepEqual(definition((at(dep, container)!.type as { $ref: string }).$ref)?.required, ['name']);
  const svc = kindDefinition('v1', 'Service')!;
  assert.equal(at(svc, ['spec', 'ports', 0, 'targetPort'])?.type, 'int-or-string');
  assert.deepEqual(at(svc, ['spec', 'type'])?.type, { enum: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'] });
  assert.deepEqual(at(svc, ['spec', 'ports', 0, 'protocol'])?.type, { enum: ['SCTP', 'TCP', 'UDP'] });
  const ing = kindDefinition('networking.k8s.io/v1', 'Ingress')!;
  const path = at(ing, ['spec', 'rules', 0, 'http', 'paths', 0])!;
  assert.deepEqual(definition((path.type as { $ref: string }).$ref)?.required, ['backend', 'pathType']);
  assert.deepEqual(at(ing, ['spec', 'rules', 0, 'http', 'paths', 0, 'pathType'])?.type, { enum: ['Exact', 'ImplementationSpecific', 'Prefix'] });
  const pod = kindDefinition('v1', 'Pod')!;
  assert.deepEqual(at(pod, ['spec', 'tolerations', 0, 'effect'])?.type, { enum: ['NoExecute', 'NoSchedule', 'PreferNoSchedule'] });
  assert.ok((at(pod, ['spec', 'tolerations', 0, 'operator'])?.type as { enum: string[] }).enum.includes('Exists'));
  assert.deepEqual(at(pod, ['spec', 'restartPolicy'])?.type, { enum: ['Always', 'Never', 'OnFailure'] });
  assert.equal(at(pod, ['metadata', 'labels', 'app'])?.type, 'string');
  assert.equal(typeLabel(at(pod, ['spec', 'containers'])!.type), '[]Container');
  const cron = kindDefinition('batch/v1', 'CronJob')!;
  assert.equal(at(cron, ['spec', 'successfulJobsHistoryLimit'])?.type, 'integer');
  assert.equal(at(cron, ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image'])?.type, 'string');
  // the old Ingress has the old backend fields
  const old = kindDefinition('extensions/v1beta1', 'Ingress')!;
  assert.equal(at(old, ['spec', 'backend', 'serviceName'])?.type, 'string');
  // the API's descriptions are kept
  assert.match(apiDescription('IoK8sApiAppsV1DeploymentSpec', 'minReadySeconds') ?? '', /Minimum number of seconds/);
});

test('the generated files are what the installed kubernetes-models produces (npm refresh: node scripts/update-kubernetes-schema.mjs)', () => {
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'update-kubernetes-schema.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(out, '');
});
