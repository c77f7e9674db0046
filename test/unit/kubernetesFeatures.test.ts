// Kubernetes hovers (kinds, values, keys, API fields, facts of the place), completion and go-to-definition, over a
// small workspace (a Deployment, its Service and Ingress, a ConfigMap and a Secret) and single documents.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EN, KO, dedent, model, service, tempWorkspace, workspaceService } from '../helpers';
import type { LanguageService } from '../../server/src/service/languageService';

const DEPLOY = dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: hello
  spec:
    replicas: 3
    selector:
      matchLabels:
        app: hello
    strategy:
      type: RollingUpdate
    template:
      metadata:
        labels:
          app: hello
          tier: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            imagePullPolicy: IfNotPresent
            terminationMessagePolicy: File
            ports:
              - name: http
                containerPort: 80
            envFrom:
              - configMapRef:
                  name: web-config
            env:
              - name: PASSWORD
                valueFrom:
                  secretKeyRef:
                    name: web-secret
                    key: password
`);
const SERVICE = dedent(`
  apiVersion: v1
  kind: Service
  metadata:
    name: hello
  spec:
    type: NodePort
    selector:
      app: hello
    ports:
      - name: http
        port: 80
        targetPort: http
`);
const CONFIG = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  LOG_LEVEL: info\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: web-secret\nstringData:\n  password: x\n  token: y\n';
const CRON = 'apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: c }\nspec:\n  schedule: "*/5 * * * *"\n';

let dir: string | undefined;
let ws: LanguageService | undefined;
function workspace(): { dir: string; svc: LanguageService } {
  if (!ws) {
    dir = tempWorkspace({ 'k8s/deployment.yaml': DEPLOY, 'k8s/service.yaml': SERVICE, 'k8s/config.yaml': CONFIG });
    ws = workspaceService(dir);
    ws.indexWorkspace([dir]);
  }
  return { dir: dir!, svc: ws };
}
after(() => dir && rmSync(dir, { recursive: true, force: true }));

/** The parsed workspace file and a position at `needle` (+ offset). */
function at(file: string, needle: string, into = 1, text?: string) {
  const { dir, svc } = workspace();
  const path = join(dir, file);
  const t = text ?? readFileSync(path, 'utf8');
  const i = t.indexOf(needle);
  assert.ok(i >= 0, needle);
  const m = svc.parse({ uri: pathToFileURL(path).href, path, text: t });
  return { svc, m, pos: m.index.positionAt(i + into) };
}

/** A hover hit in a single document (no workspace). */
function hoverIn(text: string, needle: string, into = 1) {
  const m = model('manifest.yaml', text);
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return service().findHover(m, m.index.positionAt(i + into));
}

test('Kubernetes hover: kinds, values, and keys from the knowledge base', () => {
  assert.equal(hoverIn(DEPLOY, 'Deployment')?.entryId, 'kubernetes.kind.Deployment');
  assert.equal(hoverIn(SERVICE, 'NodePort')?.entryId, 'kubernetes.value.service-type.NodePort');
  assert.equal(hoverIn(DEPLOY, 'RollingUpdate')?.entryId, 'kubernetes.value.deployment-strategy.RollingUpdate');
  assert.equal(hoverIn(DEPLOY, 'IfNotPresent')?.entryId, 'kubernetes.value.image-pull-policy.IfNotPresent');
  assert.equal(hoverIn(DEPLOY, 'replicas')?.entryId, 'kubernetes.workload.spec.replicas');
  assert.equal(hoverIn(DEPLOY, 'matchLabels')?.entryId, 'kubernetes.selector.matchLabels');
  assert.equal(hoverIn(SERVICE, 'targetPort')?.entryId, 'kubernetes.service.spec.ports.targetPort');
  assert.equal(hoverIn('apiVersion: v1\nkind: Secret\nmetadata: { name: s }\ntype: kubernetes.io/tls\n', 'kubernetes.io/tls')?.entryId, 'kubernetes.value.secret-type.tls');
  assert.equal(hoverIn('apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: { name: p }\nspec:\n  accessModes: [ReadWriteOnce]\n', 'ReadWriteOnce')?.entryId, 'kubernetes.value.access-mode.ReadWriteOnce');
  // affinity's long names
  const aff = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms: []\n';
  assert.equal(hoverIn(aff, 'requiredDuring')?.entryId, 'kubernetes.scheduling.required');
  assert.equal(hoverIn(aff, 'nodeSelectorTerms')?.entryId, 'kubernetes.scheduling.nodeSelectorTerms');
});

test('Kubernetes hover: a field without an entry shows what the API reference says (path, type, required, description)', () => {
  const hit = hoverIn(DEPLOY, 'terminationMessagePolicy');
  assert.equal(hit?.entryId, 'kubernetes.api.field');
  assert.equal(hit?.args?.path, 'spec.template.spec.containers[].terminationMessagePolicy');
  assert.equal(hit?.args?.type, 'FallbackToLogsOnError | File');
  assert.match(hit?.args?.description ?? '', /termination message/);
  const required = hoverIn('apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  ports:\n    - port: 80\n      protocol: TCP\n', 'port:');
  assert.equal(required?.entryId, 'kubernetes.service.spec.ports.port', 'a curated entry wins');
  const lease = hoverIn('apiVersion: coordination.k8s.io/v1\nkind: Lease\nmetadata: { name: l }\nspec:\n  holderIdentity: a\n', 'holderIdentity');
  assert.equal(lease?.entryId, 'kubernetes.api.field');
  assert.equal(lease?.args?.definition, 'LeaseSpec');
  // an unknown field, a CRD's field: nothing to say
  assert.equal(hoverIn('apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  sepc: 1\n', 'sepc'), null);
  assert.equal(hoverIn('apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\nspec:\n  size: 1\n', 'size'), null);
});

test('Kubernetes hover facts: a schedule read aloud in the user language, the apiVersion status', () => {
  const svc = service();
  const m = model('cron.yaml', CRON);
  const pos = m.index.positionAt(CRON.indexOf('*/5') + 1);
  assert.deepEqual(svc.findHover(m, pos)?.facts?.map((f) => f.id), ['fact.k8s.cron']);
  assert.match((svc.doHover(m, pos, KO)?.contents as { value: string }).value, /5분마다/);
  assert.match((svc.doHover(m, pos, EN)?.contents as { value: string }).value, /Every 5 minutes/);
  const old = hoverIn('apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: { name: i }\n', 'extensions');
  assert.deepEqual(old?.facts, [{ id: 'fact.k8s.apiRemoved', args: { removedIn: '1.22', replacement: 'networking.k8s.io/v1' } }]);
  assert.equal(hoverIn(DEPLOY, 'apps/v1')?.facts?.[0].id, 'fact.k8s.apiServed');
});

test('Kubernetes hover facts: the rolling-update arithmetic of this Deployment', () => {
  const dep = (replicas: string, rolling: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  replicas: ${replicas}\n  strategy:\n    type: RollingUpdate\n    rollingUpdate: ${rolling}\n`;
  const facts = (text: string) => hoverIn(text, 'rollingUpdate:')?.facts?.filter((f) => f.id === 'fact.k8s.rollout').map((f) => f.args);
  assert.deepEqual(facts(dep('4', '{ maxSurge: 25%, maxUnavailable: 25% }')), [{ replicas: '4', surge: '1', unavailable: '1', max: '5', min: '3' }]);
  // percentages: maxSurge rounds up, maxUnavailable down
  assert.deepEqual(facts(dep('3', '{ maxSurge: 25%, maxUnavailable: 25% }')), [{ replicas: '3', surge: '1', unavailable: '0', max: '4', min: '3' }]);
  assert.deepEqual(facts(dep('10', '{ maxSurge: 2, maxUnavailable: 0 }')), [{ replicas: '10', surge: '2', unavailable: '0', max: '12', min: '10' }]);
  assert.ok(!facts(dep('$(N)', '{ maxSurge: 1 }'))?.length, 'an unknown replica count: no arithmetic');
});

test('Kubernetes hover facts across files: what a Service selects, which Services select a pod, where a reference is defined', () => {
  const { svc, m, pos } = at('k8s/service.yaml', 'app: hello');
  const selects = svc.findHover(m, pos)?.facts ?? [];
  assert.deepEqual(selects.map((f) => [f.id, f.args?.kind, f.args?.name, f.args?.where]), [['fact.k8s.selects', 'Deployment', 'hello', 'deployment.yaml:2']]);
  const labels = at('k8s/deployment.yaml', 'tier: web');
  assert.deepEqual(labels.svc.findHover(labels.m, labels.pos)?.facts?.map((f) => [f.id, f.args?.name]), [['fact.k8s.selectedBy', 'hello']]);
  const ref = at('k8s/deployment.yaml', 'web-config');
  assert.deepEqual(ref.svc.findHover(ref.m, ref.pos)?.facts?.map((f) => [f.id, f.args?.where, f.args?.keys]), [['fact.k8s.definedIn', 'config.yaml:2', 'LOG_LEVEL']]);
  const gone = at('k8s/deployment.yaml', 'web-cfg', 1, readFileSync(join(workspace().dir, 'k8s/deployment.yaml'), 'utf8').replace('web-config', 'web-cfg'));
  assert.deepEqual(gone.svc.findHover(gone.m, gone.pos)?.facts?.map((f) => f.id), ['fact.k8s.notInWorkspace']);
});

test('Kubernetes go to definition: references, Service selector → workloads, pod labels → Services', () => {
  const { dir } = workspace();
  const ref = at('k8s/deployment.yaml', 'web-secret');
  assert.deepEqual(ref.svc.doDefinition(ref.m, ref.pos).map((l) => [l.uri.endsWith('k8s/config.yaml'), l.range.start.line]), [[true, 8]]);
  const sel = at('k8s/service.yaml', 'app: hello');
  assert.deepEqual(sel.svc.doDefinition(sel.m, sel.pos).map((l) => [l.uri, l.range.start.line]), [[pathToFileURL(join(dir, 'k8s/deployment.yaml')).href, 1]]);
  const labels = at('k8s/deployment.yaml', 'tier: web');
  assert.deepEqual(labels.svc.doDefinition(labels.m, labels.pos).map((l) => [l.uri.endsWith('k8s/service.yaml'), l.range.start.line]), [[true, 1]]);
  // nothing to go to from a plain field
  const plain = at('k8s/deployment.yaml', 'replicas');
  assert.deepEqual(plain.svc.doDefinition(plain.m, plain.pos), []);
});

/** Completion labels at a `|` caret in a single document. */
function completions(textWithCaret: string, path = 'manifest.yaml') {
  const i = textWithCaret.indexOf('|');
  const text = textWithCaret.slice(0, i) + textWithCaret.slice(i + 1);
  const m = model(path, text);
  return service().findCompletions(m, m.index.positionAt(i));
}

test('Kubernetes completion: fields by path and kind, required first, with a snippet for the value shape', () => {
  const spec = completions('apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  |\n');
  const labels = spec.map((c) => c.label);
  for (const f of ['replicas', 'selector', 'template', 'strategy', 'minReadySeconds', 'revisionHistoryLimit']) assert.ok(labels.includes(f), f);
  assert.ok(!labels.includes('containers') && !labels.includes('status'));
  const sorted = [...spec].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((c) => c.label);
  assert.deepEqual(sorted.slice(0, 2), ['selector', 'template'], 'required fields first');
  const byLabel = new Map(spec.map((c) => [c.label, c]));
  assert.equal(byLabel.get('template')?.insertText, 'template:\n  $0');
  assert.equal(byLabel.get('replicas')?.insertText, 'replicas: $0');
  assert.equal(byLabel.get('paused')?.insertText, 'paused: ${1|true,false|}');
  // a container: its fields, minus those present; an enum field gets a choice
  const container = completions('apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      |\n');
  const c = new Map(container.map((x) => [x.label, x]));
  assert.ok(c.has('image') && c.has('ports') && c.has('livenessProbe') && !c.has('name'));
  assert.equal(c.get('imagePullPolicy')?.insertText, 'imagePullPolicy: ${1|Always,IfNotPresent,Never|}');
  assert.equal(c.get('ports')?.insertText, 'ports:\n  - $0');
  assert.equal(c.get('livenessProbe')?.entryId, 'kubernetes.container.livenessProbe');
  assert.equal(c.get('stdinOnce')?.entryId, 'kubernetes.api.field', 'documented from the API reference');
  assert.match(c.get('stdinOnce')?.entryArgs?.description ?? '', /stdin/);
  // inside a list item (a new `- `) of a CronJob's pod spec
  const cron = completions('apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: c }\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          tolerations:\n            - |\n');
  assert.ok(cron.some((x) => x.label === 'operator') && cron.some((x) => x.label === 'effect'));
});

test('Kubernetes completion: values, kinds for an apiVersion, apiVersions for a kind', () => {
  assert.deepEqual(completions('apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  type: |\n').map((c) => c.label), ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
  assert.deepEqual(completions('apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  type: |\n').find((c) => c.label === 'NodePort')?.entryId, 'kubernetes.value.service-type.NodePort');
  assert.deepEqual(completions('apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  selector:\n    matchExpressions:\n      - key: a\n        operator: |\n').map((c) => c.label), ['DoesNotExist', 'Exists', 'In', 'NotIn']);
  const kinds = completions('apiVersion: apps/v1\nkind: |\n').map((c) => c.label);
  assert.ok(kinds.includes('Deployment') && kinds.includes('StatefulSet') && !kinds.includes('Pod') && !kinds.includes('DeploymentList'));
  const versions = completions('apiVersion: |\nkind: Ingress\n').map((c) => c.label);
  assert.deepEqual(versions, ['networking.k8s.io/v1'], 'removed versions are not proposed');
});

test('Kubernetes completion from the workspace: names, keys and selector labels', () => {
  const { dir, svc } = workspace();
  const complete = (file: string, textWithCaret: string) => {
    const i = textWithCaret.indexOf('|');
    const text = textWithCaret.slice(0, i) + textWithCaret.slice(i + 1);
    const path = join(dir, file);
    const m = svc.parse({ uri: pathToFileURL(path).href, path, text });
    return svc.findCompletions(m, m.index.positionAt(i)).map((c) => c.label);
  };
  const pod = (tail: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: a:1\n${tail}`;
  assert.deepEqual(complete('k8s/pod.yaml', pod('      envFrom:\n        - configMapRef:\n            name: |\n')), ['web-config']);
  assert.deepEqual(complete('k8s/pod.yaml', pod('      env:\n        - name: A\n          valueFrom:\n            secretKeyRef:\n              name: web-secret\n              key: |\n')), ['password', 'token']);
  assert.deepEqual(complete('k8s/svc2.yaml', 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  selector:\n    |\n').sort(), ['app', 'tier']);
  assert.deepEqual(complete('k8s/svc2.yaml', 'apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec:\n  selector:\n    tier: |\n'), ['web']);
  assert.deepEqual(complete('k8s/ing.yaml', 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i }\nspec:\n  defaultBackend:\n    service:\n      name: |\n'), ['hello']);
  assert.deepEqual(complete('k8s/ing.yaml', 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i }\nspec:\n  defaultBackend:\n    service:\n      name: hello\n      port:\n        name: |\n'), ['http']);
});

test('a manifest being written (apiVersion, an empty kind) is a Kubernetes document', () => {
  const m = model('new.yaml', 'apiVersion: apps/v1\nkind:\n');
  assert.deepEqual([...m.formats], ['kubernetes']);
  assert.deepEqual([...model('other.yaml', 'apiVersion: example.com/v1\nkind:\n').formats], [], 'not for a group that is not built in');
});
