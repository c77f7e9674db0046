// Every Kubernetes manifest of ../shared/corpus (kubernetes/examples, the kustomize examples, ansible-for-devops)
// through the service, in a workspace whose index is built (as the editor's is): the errors must be exactly the
// reviewed ones below — each a true statement about the file, read and checked — and the other findings are
// counted per rule for review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORPUS_DIR, DATA_DIR, EN } from '../helpers';
import { createLanguageService } from '../../server/src/service/languageService';
import { loadServiceData } from '../../server/src/service/data/load';
import { nodeWorkspaceFs } from '../../server/src/service/workspace/fs';

const REMOVED = 'a true removed API (K8S105): the file still uses an API version Kubernetes no longer serves';
/** Reviewed errors: `file:line RULE` → why it is true. The test fails on any other error, and on any entry that no longer appears. */
const REVIEWED_ERRORS: Record<string, string> = {
  'kubernetes-examples/_archived/cockroachdb/cockroachdb-statefulset.yaml:57 K8S105': `${REMOVED} (policy/v1beta1 PodDisruptionBudget, gone since 1.25)`,
  'kubernetes-examples/_archived/newrelic-infrastructure/newrelic-infra-daemonset.yaml:1 K8S105': `${REMOVED} (extensions/v1beta1 DaemonSet, gone since 1.16)`,
  'kubernetes-examples/_archived/podsecuritypolicy/rbac/policies.yaml:1 K8S105': `${REMOVED} (policy/v1beta1 PodSecurityPolicy, gone since 1.25, no successor)`,
  'kubernetes-examples/_archived/podsecuritypolicy/rbac/policies.yaml:26 K8S105': `${REMOVED} (policy/v1beta1 PodSecurityPolicy)`,
  'kubernetes-examples/_archived/volumes/azure_disk/claim/blob-based-disk/account-specified-hdd/storageclass-account-hdd.yaml:2 K8S105': `${REMOVED} (storage.k8s.io/v1beta1 StorageClass, gone since 1.22)`,
  'kubernetes-examples/_archived/volumes/azure_disk/claim/blob-based-disk/dedicated-hdd/storageclass-dedicated-hdd.yaml:2 K8S105': `${REMOVED} (storage.k8s.io/v1beta1 StorageClass)`,
  'kubernetes-examples/_archived/volumes/azure_disk/claim/blob-based-disk/shared-hdd/storageclass-shared-hdd.yaml:2 K8S105': `${REMOVED} (storage.k8s.io/v1beta1 StorageClass)`,
  'kubernetes-examples/_archived/volumes/azure_disk/claim/blob-based-disk/shared-ssd/storageclass-shared-ssd.yaml:2 K8S105': `${REMOVED} (storage.k8s.io/v1beta1 StorageClass)`,
  'kubernetes-examples/_archived/volumes/azure_disk/claim/managed-disk/managed-hdd/storageclass-managed-hdd.yaml:2 K8S105': `${REMOVED} (storage.k8s.io/v1beta1 StorageClass)`,
  'kubernetes-examples/_archived/volumes/azure_disk/claim/managed-disk/managed-ssd/storageclass-managed-ssd.yaml:2 K8S105': `${REMOVED} (storage.k8s.io/v1beta1 StorageClass)`,
  'kubernetes-examples/_archived/volumes/flexvolume/deploy/ds.yaml:1 K8S105': `${REMOVED} (extensions/v1beta1 DaemonSet)`,
  // Archived examples with real mistakes (the API server rejects each of these today).
  'kubernetes-examples/_archived/volumes/aws_ebs/aws-ebs-web.yaml:12 K8S103': 'protocol: tcp — the API accepts only TCP, UDP and SCTP (case-sensitive)',
  'kubernetes-examples/_archived/volumes/cinder/cinder-web.yaml:12 K8S103': 'protocol: tcp — the API accepts only TCP, UDP and SCTP (case-sensitive)',
  'kubernetes-examples/_archived/volumes/rbd/rbd.yaml:25 K8S100': 'imageformat is a StorageClass parameter of the RBD provisioner, not a field of the rbd volume source',
  'kubernetes-examples/_archived/volumes/rbd/rbd.yaml:26 K8S100': 'imagefeatures is a StorageClass parameter of the RBD provisioner, not a field of the rbd volume source',
  'kubernetes-examples/_archived/volumes/scaleio/pod.yaml:17 K8S100': 'protectionDoamin: a typo of protectionDomain',
  'kubernetes-examples/_archived/volumes/storageos/storageos-pod.yaml:35 K8S100': 'pool is a StorageOS StorageClass parameter, not a field of the storageos volume source',
  'kubernetes-examples/_archived/volumes/storageos/storageos-pv.yaml:22 K8S100': 'the storageos PersistentVolume source has secretRef, not secretName',
  // Inputs of kustomize's own examples that are not meant to be applied as they are.
  'kustomize-examples/transformerconfigs/images/resources.yaml:17 K8S104': 'a fixture for the image transformer with apiVersion v1 and kind Deployment, which no cluster serves',
  'kustomize-examples/validationTransformer/invalid.yaml:5 K8S101': 'the example of an invalid ConfigMap (data is a list) that the validation transformer rejects',
};

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== '.git') out.push(...yamlFiles(p));
    else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(p);
  }
  return out;
}

test('Kubernetes corpus: only the reviewed errors, findings counted per rule', (t) => {
  if (!existsSync(join(CORPUS_DIR, 'kubernetes-examples'))) {
    t.skip('../shared/corpus not present');
    return;
  }
  const svc = createLanguageService({ data: loadServiceData(DATA_DIR), fs: nodeWorkspaceFs([CORPUS_DIR]) });
  svc.indexWorkspace([CORPUS_DIR]);
  const files = ['kubernetes-examples', 'kustomize-examples', 'ansible-for-devops'].flatMap((d) => yamlFiles(join(CORPUS_DIR, d)));
  const counts = new Map<string, number>();
  const errors = new Map<string, string>();
  let documents = 0;
  for (const f of files) {
    const m = svc.parse({ uri: `file://${f}`, path: f, text: readFileSync(f, 'utf8') });
    documents += m.units.filter((u) => u.format === 'kubernetes').length;
    for (const d of svc.doValidation(m, EN)) {
      if (!String(d.code).startsWith('K8S')) continue;
      const key = `${['', 'error', 'warning', 'info', 'hint'][d.severity ?? 2]} ${d.code}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (d.severity === 1) errors.set(`${relative(CORPUS_DIR, f)}:${d.range.start.line + 1} ${d.code}`, String(d.message));
    }
  }
  const summary = [...counts].sort().map(([k, n]) => `${k}: ${n}`).join(', ');
  t.diagnostic(`${documents} Kubernetes documents in ${files.length} YAML files; ${summary}`);
  console.log(`kubernetes corpus: ${documents} documents; ${summary}`);
  assert.ok(documents >= 300, `the manifests are classified as Kubernetes (${documents})`);
  const unexpected = [...errors].filter(([k]) => !REVIEWED_ERRORS[k]).map(([k, msg]) => `${k} ${msg}`);
  assert.deepEqual(unexpected, [], 'errors nobody reviewed (false positives until shown otherwise)');
  const stale = Object.keys(REVIEWED_ERRORS).filter((k) => !errors.has(k));
  assert.deepEqual(stale, [], 'reviewed errors that no longer appear: remove them from the list');
});
