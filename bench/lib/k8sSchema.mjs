// A local Kubernetes JSON schema for yaml-language-server (no network here). Source: the Kubernetes OpenAPI (swagger
// 2.0) spec v1.13.4 shipped inside the npm package kubernetes-client@9.0.0 (lib/specs/swagger-1.13.json.gz), fetched
// with `npm pack` (the ordinary npm client) into bench/.work/. It is converted the way yannh/kubernetes-json-schema's
// "-standalone-strict" all.json is built (openapi2jsonschema --kubernetes --expanded --strict): IntOrString and
// Quantity as oneOf, apiVersion/kind enums from x-kubernetes-group-version-kind, additionalProperties: false on
// every object with properties, and all.json = { oneOf: [every definition] } referring to _definitions.json.
// The 1.13 spec still carries API versions that current Kubernetes no longer serves, and io.k8s.kubernetes.pkg.*
// aliases of every type; all.json's oneOf tries every definition, so these would make the peer validate each
// workload four or five times over where a current schema has one version. They are brought to the shape of a
// current (1.25+) schema: removed versions dropped, beta versions that became GA renamed to their GA version
// (autoscaling v2beta2 → v2, batch v1beta1 CronJob → v1, policy v1beta1 PodDisruptionBudget → v1 …).
// Kubernetes 1.13 predates networking.k8s.io/v1 Ingress (1.19), which the inputs use, so its definitions are added
// (written from the API reference: same fields, descriptions shortened).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const K8S_SCHEMA_SOURCE = 'Kubernetes OpenAPI v1.13.4 (npm kubernetes-client@9.0.0, lib/specs/swagger-1.13.json.gz), brought to current API versions, plus networking.k8s.io/v1 Ingress, converted like yannh/kubernetes-json-schema standalone-strict all.json';

const PKG = 'kubernetes-client@9.0.0';
const SPEC_IN_TGZ = 'package/lib/specs/swagger-1.13.json.gz';

/** Fetch (once) and convert; returns the paths of all.json and _definitions.json. */
export function ensureK8sSchema(workDir, log = () => undefined) {
  const dir = join(workDir, 'schemas', 'k8s-from-v1.13.4-standalone-strict');
  const all = join(dir, 'all.json');
  const defs = join(dir, '_definitions.json');
  if (existsSync(all) && existsSync(defs)) return { all, defs, dir };
  mkdirSync(dir, { recursive: true });
  const npmDir = join(workDir, 'npm');
  mkdirSync(npmDir, { recursive: true });
  const tgz = join(npmDir, 'kubernetes-client-9.0.0.tgz');
  if (!existsSync(tgz)) {
    log(`fetching ${PKG} with npm pack (for its Kubernetes OpenAPI spec)…`);
    execFileSync('npm', ['pack', PKG, '--silent', '--pack-destination', npmDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  execFileSync('tar', ['-xzf', tgz, '-C', npmDir, SPEC_IN_TGZ]);
  const swagger = JSON.parse(gunzipSync(readFileSync(join(npmDir, SPEC_IN_TGZ))).toString('utf8'));
  const { definitions, allJson } = convert(swagger);
  writeFileSync(defs, JSON.stringify({ definitions }));
  writeFileSync(all, JSON.stringify(allJson));
  log(`Kubernetes schema: ${Object.keys(definitions).length} definitions → ${dir}`);
  return { all, defs, dir };
}

function strict(node) {
  if (Array.isArray(node)) {
    for (const n of node) strict(n);
  } else if (node && typeof node === 'object') {
    if (node.properties && !('additionalProperties' in node)) node.additionalProperties = false;
    for (const v of Object.values(node)) strict(v);
  }
}

// Prefixes of definitions current Kubernetes no longer has (removed API versions, deprecated aliases).
const DROP = [
  'io.k8s.kubernetes.pkg.', 'io.k8s.api.apps.v1beta1.', 'io.k8s.api.apps.v1beta2.', 'io.k8s.api.extensions.v1beta1.', 'io.k8s.api.batch.v2alpha1.',
  'io.k8s.api.autoscaling.v2beta1.', 'io.k8s.api.rbac.v1alpha1.', 'io.k8s.api.rbac.v1beta1.', 'io.k8s.api.scheduling.v1alpha1.', 'io.k8s.api.storage.v1alpha1.',
  'io.k8s.api.admissionregistration.v1alpha1.', 'io.k8s.api.auditregistration.', 'io.k8s.api.settings.', 'io.k8s.api.authentication.v1beta1.',
  'io.k8s.api.authorization.v1beta1.', 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.',
];
// Beta versions that became GA with the same shape: [from prefix, to prefix, group-version of the GA version].
const RENAME = [
  ['io.k8s.api.autoscaling.v2beta2.', 'io.k8s.api.autoscaling.v2.', 'v2'],
  ['io.k8s.api.batch.v1beta1.', 'io.k8s.api.batch.v1.', 'v1'],
  ['io.k8s.api.policy.v1beta1.PodDisruptionBudget', 'io.k8s.api.policy.v1.PodDisruptionBudget', 'v1'],
  ['io.k8s.api.scheduling.v1beta1.', 'io.k8s.api.scheduling.v1.', 'v1'],
  ['io.k8s.api.admissionregistration.v1beta1.', 'io.k8s.api.admissionregistration.v1.', 'v1'],
  ['io.k8s.api.certificates.v1beta1.', 'io.k8s.api.certificates.v1.', 'v1'],
  ['io.k8s.api.coordination.v1beta1.', 'io.k8s.api.coordination.v1.', 'v1'],
  ['io.k8s.api.events.v1beta1.', 'io.k8s.api.events.v1.', 'v1'],
  ['io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.', 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.', 'v1'],
  ['io.k8s.api.storage.v1beta1.', 'io.k8s.api.storage.v1.', 'v1'],
];

/** The 1.13 definitions in the shape of a current schema (see the header). */
export function modernize(input) {
  const renameKey = (k) => {
    for (const [from, to] of RENAME) if (k.startsWith(from)) return to + k.slice(from.length);
    return k;
  };
  const fixRefs = (node) => {
    if (Array.isArray(node)) return node.map(fixRefs);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === '$ref' && typeof v === 'string' ? '#/definitions/' + renameKey(v.replace('#/definitions/', '')) : fixRefs(v);
    return out;
  };
  const out = {};
  // GA definitions first, so a renamed beta never replaces one that exists.
  const keys = Object.keys(input).sort((a, b) => Number(renameKey(a) !== a) - Number(renameKey(b) !== b));
  for (const k of keys) {
    if (DROP.some((p) => k.startsWith(p))) continue;
    const nk = renameKey(k);
    if (out[nk]) continue;
    const def = fixRefs(input[k]);
    if (nk !== k) {
      const version = RENAME.find(([from]) => k.startsWith(from))[2];
      for (const gvk of def['x-kubernetes-group-version-kind'] ?? []) gvk.version = version;
    }
    out[nk] = def;
  }
  // Nothing may point at a dropped definition.
  const missing = new Set();
  JSON.stringify(out, (k, v) => {
    if (k === '$ref' && typeof v === 'string' && !out[v.replace('#/definitions/', '')]) missing.add(v);
    return v;
  });
  if (missing.size) throw new Error(`k8s schema: dangling references ${[...missing].slice(0, 5).join(', ')}`);
  return out;
}

export function convert(swagger) {
  const definitions = modernize(swagger.definitions);
  Object.assign(definitions, ingressV1());
  definitions['io.k8s.apimachinery.pkg.util.intstr.IntOrString'] = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  definitions['io.k8s.apimachinery.pkg.api.resource.Quantity'] = { oneOf: [{ type: 'string' }, { type: 'number' }] };
  for (const def of Object.values(definitions)) {
    for (const gvk of def['x-kubernetes-group-version-kind'] ?? []) {
      const props = def.properties ?? {};
      const add = (p, v) => {
        if (!props[p]) return;
        props[p].enum ??= [];
        if (!props[p].enum.includes(v)) props[p].enum.push(v);
      };
      add('apiVersion', gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version);
      add('kind', gvk.kind);
    }
  }
  strict(definitions);
  const allJson = { oneOf: Object.keys(definitions).map((k) => ({ $ref: `_definitions.json#/definitions/${k}` })) };
  return { definitions, allJson };
}

function ingressV1() {
  const ref = (n) => ({ $ref: `#/definitions/${n}` });
  const str = (description) => ({ type: 'string', description });
  const ns = 'io.k8s.api.networking.v1.';
  return {
    [`${ns}Ingress`]: {
      description: 'Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend.',
      properties: {
        apiVersion: str('APIVersion defines the versioned schema of this representation of an object.'),
        kind: str('Kind is a string value representing the REST resource this object represents.'),
        metadata: { ...ref('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'), description: 'Standard object metadata.' },
        spec: { ...ref(`${ns}IngressSpec`), description: 'Spec is the desired state of the Ingress.' },
        status: { type: 'object', description: 'Status is the current state of the Ingress.' },
      },
      'x-kubernetes-group-version-kind': [{ group: 'networking.k8s.io', kind: 'Ingress', version: 'v1' }],
    },
    [`${ns}IngressSpec`]: {
      description: 'IngressSpec describes the Ingress the user wishes to exist.',
      properties: {
        ingressClassName: str('The name of an IngressClass cluster resource.'),
        defaultBackend: { ...ref(`${ns}IngressBackend`), description: 'The backend that should handle requests that match no rule.' },
        tls: { type: 'array', items: ref(`${ns}IngressTLS`), description: 'TLS configuration.' },
        rules: { type: 'array', items: ref(`${ns}IngressRule`), description: 'A list of host rules used to configure the Ingress.' },
      },
    },
    [`${ns}IngressTLS`]: {
      description: 'IngressTLS describes the transport layer security associated with an ingress.',
      properties: { hosts: { type: 'array', items: { type: 'string' }, description: 'Hosts included in the TLS certificate.' }, secretName: str('The name of the secret used to terminate TLS traffic on port 443.') },
    },
    [`${ns}IngressRule`]: {
      description: 'IngressRule represents the rules mapping the paths under a specified host to the related backend services.',
      properties: { host: str('The fully qualified domain name of a network host.'), http: ref(`${ns}HTTPIngressRuleValue`) },
    },
    [`${ns}HTTPIngressRuleValue`]: {
      description: 'A list of http selectors pointing to backends.',
      required: ['paths'],
      properties: { paths: { type: 'array', items: ref(`${ns}HTTPIngressPath`), description: 'A collection of paths that map requests to backends.' } },
    },
    [`${ns}HTTPIngressPath`]: {
      description: 'HTTPIngressPath associates a path with a backend.',
      required: ['pathType', 'backend'],
      properties: {
        path: str('Path is matched against the path of an incoming request.'),
        pathType: { type: 'string', enum: ['Exact', 'Prefix', 'ImplementationSpecific'], description: 'PathType determines the interpretation of the path matching.' },
        backend: { ...ref(`${ns}IngressBackend`), description: 'Backend defines the referenced service endpoint to which the traffic will be forwarded to.' },
      },
    },
    [`${ns}IngressBackend`]: {
      description: 'IngressBackend describes all endpoints for a given service and port.',
      properties: {
        service: { ...ref(`${ns}IngressServiceBackend`), description: 'Service references a service as a backend.' },
        resource: { ...ref('io.k8s.api.core.v1.TypedLocalObjectReference'), description: 'Resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object.' },
      },
    },
    [`${ns}IngressServiceBackend`]: {
      description: 'IngressServiceBackend references a Kubernetes Service as a Backend.',
      required: ['name'],
      properties: { name: str('Name is the referenced service.'), port: { ...ref(`${ns}ServiceBackendPort`), description: 'Port of the referenced service.' } },
    },
    [`${ns}ServiceBackendPort`]: {
      description: 'ServiceBackendPort is the service port being referenced.',
      properties: { name: str('Name is the name of the port on the Service.'), number: { type: 'integer', format: 'int32', description: 'Number is the numerical port number (e.g. 80) on the Service.' } },
    },
  };
}
