// Classification: which of our formats a file, and each document of a YAML file, is. When the evidence is not
// clear the answer is null: we leave the document alone rather than guess (a CI config, a Helm template or a
// plain YAML config must never get Kubernetes or Ansible diagnostics).
import type { Format } from './types';
import { basename } from './common/paths';
import { getValue, isMap, isSeq, mapPairs, pairKey, scalarString, scalarValue, seqItems, type YamlDoc } from './yaml';

/** Path segments (folder names), lower-cased, for folder-based hints (roles/x/tasks, group_vars …). */
function segments(path: string): string[] {
  return path.replace(/[?#].*$/, '').split(/[\\/]+/).map((s) => s.toLowerCase());
}

const COMPOSE_NAME = /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i;
const KUSTOMIZATION_NAME = /^(?:kustomization\.ya?ml|Kustomization)$/;

/**
 * INI-style Ansible inventories: `inventory/…`, `*.inv`, a file named `hosts` or `inventory` (also `hosts.ini`,
 * `inventory-prod`, `inventory.example`), `*.ini` inside an inventory folder.
 */
export function isInventoryPath(path: string): boolean {
  const name = basename(path);
  const segs = segments(path).slice(0, -1);
  const inInventoryDir = segs.some((s) => s === 'inventory' || s === 'inventories');
  if (/\.inv$/i.test(name) || name === 'hosts' || name === 'inventory') return true;
  if (/^(?:hosts|inventory)(?:[.-][\w-]+)?$/i.test(name) && !/\.(?:ya?ml|json|py|php|sh|js|ts|md|txt|cfg|j2|rb|go)$/i.test(name)) return true;
  if (inInventoryDir && (/\.ini$/i.test(name) || !name.includes('.'))) return true;
  return false;
}

// Keys a Compose file may have at the top level (compose-spec), besides `x-` extensions.
const COMPOSE_TOP = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models']);
// Keys that only a Compose service has; one of them under a `services` entry is enough evidence.
const COMPOSE_SERVICE_KEYS = new Set([
  'image', 'build', 'ports', 'expose', 'volumes', 'environment', 'env_file', 'command', 'entrypoint', 'depends_on',
  'restart', 'networks', 'container_name', 'healthcheck', 'deploy', 'logging', 'labels', 'extends', 'working_dir',
  'user', 'secrets', 'configs', 'network_mode', 'links', 'profiles', 'develop', 'pull_policy', 'scale', 'tmpfs', 'ulimits',
]);
const PLAY_KEYS = new Set(['hosts', 'import_playbook', 'ansible.builtin.import_playbook']);
const TASK_KEYWORDS = new Set([
  'block', 'rescue', 'always', 'include_tasks', 'import_tasks', 'include_role', 'import_role', 'ansible.builtin.include_tasks',
  'ansible.builtin.import_tasks', 'ansible.builtin.include_role', 'ansible.builtin.import_role', 'meta', 'ansible.builtin.meta',
]);
// Modules common enough that `- name: … / apt: …` is clearly an Ansible task even without a FQCN.
const COMMON_MODULES = new Set([
  'apt', 'yum', 'dnf', 'package', 'pip', 'npm', 'gem', 'apt_key', 'apt_repository', 'yum_repository', 'copy', 'template', 'file', 'lineinfile',
  'blockinfile', 'replace', 'fetch', 'unarchive', 'get_url', 'uri', 'git', 'service', 'systemd', 'systemd_service', 'command', 'shell', 'raw',
  'script', 'debug', 'set_fact', 'assert', 'fail', 'pause', 'wait_for', 'stat', 'user', 'group', 'cron', 'mount', 'sysctl', 'hostname',
  'authorized_key', 'include_vars', 'add_host', 'group_by', 'setup', 'ping', 'reboot', 'synchronize', 'firewalld', 'ufw', 'selinux',
  'mysql_db', 'mysql_user', 'postgresql_db', 'postgresql_user', 'docker_container', 'docker_image', 'k8s', 'seboolean', 'iptables', 'known_hosts',
  'slurp', 'find', 'tempfile', 'wait_for_connection', 'async_status', 'include', 'composer', 'make', 'expect', 'htpasswd', 'archive',
]);
const FQCN = /^[a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_]+$/;
/** The API versions of built-in Kubernetes groups (`v1`, `apps/v1`, `networking.k8s.io/v1` …). */
const BUILTIN_API = /^(?:v1|(?:apps|batch|autoscaling|policy|extensions|[a-z]+(?:\.[a-z]+)*\.k8s\.io)\/v\d+(?:(?:alpha|beta)\d+)?)$/;

function isKustomizeApi(apiVersion: string | undefined, kind: string | undefined): boolean {
  return !!apiVersion && apiVersion.startsWith('kustomize.config.k8s.io/') && (kind === 'Kustomization' || kind === 'Component');
}

/**
 * Before parsing: is this YAML text probably Ansible (so parse it in YAML 1.1 first)? The editor says so, the path
 * does (group_vars, host_vars, roles/…/vars|defaults, tasks/, handlers/), or the text is a top-level sequence
 * (a playbook or a task list; Kubernetes, Compose and kustomize files are mappings). A wrong guess costs one more
 * parse, never a wrong answer: the documents are classified after parsing and parsed again if needed.
 */
export function probablyAnsible(path: string, text: string, languageId?: string): boolean {
  if (languageId === 'ansible') return true;
  const segs = segments(path).slice(0, -1);
  if (isAnsibleVarsPath(segs) || segs.some((s) => s === 'tasks' || s === 'handlers')) return true;
  // The first line that is not blank, a comment, a directive or a document marker.
  const first = /^(?![ \t]*(?:#|%|---|$))[^\n]*/m.exec(text.length > 4096 ? text.slice(0, 4096) : text);
  return !!first && /^-(?:[ \t]|$)/.test(first[0]);
}

/**
 * What a YAML file is going to be by its path alone (a blank file gets the snippets of that format): a kustomization,
 * a Compose file, a task or handler file, a vars file, a role's meta/main.yml, an inventory; null when the path does
 * not say.
 */
export function expectedFormat(path: string, languageId?: string): Format | null {
  const name = basename(path);
  const segs = segments(path).slice(0, -1);
  if (KUSTOMIZATION_NAME.test(name)) return 'kustomize';
  if (COMPOSE_NAME.test(name) || languageId === 'dockercompose') return 'compose';
  if (segs[segs.length - 1] === 'meta' && /^main\.ya?ml$/.test(name) && segs[segs.length - 3] === 'roles') return 'ansible-meta';
  if (isAnsibleVarsPath(segs)) return 'ansible-vars';
  if (segs.some((s) => s === 'tasks' || s === 'handlers')) return 'ansible-tasks';
  if (isInventoryPath(path) || /^(?:hosts|inventory)\.ya?ml$/i.test(name)) return 'ansible-inventory';
  return null;
}

/** Go templates (Helm) are not YAML: `{{ .Values … }}`, `{{- … }}`, `{{ include … }}`. Jinja `{{ var }}` is fine. */
export function looksLikeGoTemplate(text: string): boolean {
  return /\{\{-|-\}\}|\{\{\s*\.|\{\{\s*(?:include|template|if|range|with|end|define|toYaml|\$)\b/.test(text);
}

export interface ClassifyContext {
  path: string;
  languageId?: string;
}

/** Classify one YAML document of a file. */
export function classifyYamlDoc(ydoc: YamlDoc, ctx: ClassifyContext): Format | null {
  const root = ydoc.doc.contents;
  const name = basename(ctx.path);
  const segs = segments(ctx.path).slice(0, -1);

  if (isMap(root)) {
    const apiVersion = scalarString(getValue(root, 'apiVersion'));
    const kind = scalarString(getValue(root, 'kind'));
    if (isKustomizeApi(apiVersion, kind) || KUSTOMIZATION_NAME.test(name)) return 'kustomize';
    if (apiVersion && kind) return 'kubernetes';
    // A manifest being written: a built-in apiVersion and a `kind:` still empty (completion offers the kinds).
    if (apiVersion && BUILTIN_API.test(apiVersion) && mapPairs(root).some((p) => pairKey(p) === 'kind')) return 'kubernetes';
    // … or a kind and an `apiVersion:` still empty (completion offers the kind's API versions).
    if (kind && /^[A-Z][A-Za-z0-9]+$/.test(kind) && mapPairs(root).some((p) => pairKey(p) === 'apiVersion' && (p.value === null || scalarValue(p.value) === null || scalarString(p.value) === ''))) return 'kubernetes';
    // A file named like a Compose file is one, even with a mistyped top-level key (`volume:` for `volumes:`).
    if (looksLikeCompose(root) || ((COMPOSE_NAME.test(name) || ctx.languageId === 'dockercompose') && !apiVersion && !kind)) {
      return 'compose';
    }
    // A role's metadata: roles/<role>/meta/main.yml (or meta/main.yml of a role kept in its own repository).
    if (segs[segs.length - 1] === 'meta' && /^main\.ya?ml$/.test(name) && (segs[segs.length - 3] === 'roles' || mapPairs(root).some((p) => pairKey(p) === 'galaxy_info' || pairKey(p) === 'dependencies'))) {
      return 'ansible-meta';
    }
    if (isAnsibleVarsPath(segs) || (looksLikeVarsFile(name, segs) && mapPairs(root).every((p) => VAR_NAME.test(pairKey(p) ?? '')))) return 'ansible-vars';
    if (looksLikeYamlInventory(root, isInventoryPath(ctx.path) || /^(?:hosts|inventory)\.ya?ml$/i.test(name) || segs.includes('inventory') || segs.includes('inventories'))) {
      return 'ansible-inventory';
    }
    return null;
  }
  if (isSeq(root)) {
    const items = seqItems(root);
    if (!items.length || !items.every((i) => isMap(i))) return null;
    const keysOf = (i: unknown) => mapPairs(i).map(pairKey).filter((k): k is string => k !== null);
    // A JSON 6902 patch (RFC 6902 operations), as kustomize's patches are written: `- op: add / path: /spec/…`.
    // Every item has an `op` (no Ansible task or play has one); its other keys may still be being written.
    if (items.every((i) => keysOf(i).includes('op'))) return 'kustomize';
    if (items.every((i) => keysOf(i).some((k) => PLAY_KEYS.has(k) || k === 'include'))) {
      if (items.some((i) => keysOf(i).some((k) => PLAY_KEYS.has(k)))) return 'ansible-playbook';
    }
    const taskish = (i: unknown) => keysOf(i).some((k) => FQCN.test(k) || TASK_KEYWORDS.has(k) || COMMON_MODULES.has(k));
    const inTaskDir = segs.some((s) => s === 'tasks' || s === 'handlers');
    // A task being written in a tasks/ or handlers/ folder (`- name: Install nginx`, its module not typed yet) is one.
    if (inTaskDir && items.every((i) => taskish(i) || keysOf(i).includes('name'))) return 'ansible-tasks';
    if (items.some(taskish) && (inTaskDir || items.every((i) => taskish(i) || keysOf(i).includes('name')))) {
      // Outside tasks/ or handlers/ folders, demand that every item looks like a task.
      if (inTaskDir || items.every(taskish)) return 'ansible-tasks';
    }
    return null;
  }
  if (root === null || root === undefined) {
    // An empty document: the file name may still say what it is going to be.
    if (KUSTOMIZATION_NAME.test(name)) return 'kustomize';
    if (COMPOSE_NAME.test(name) || ctx.languageId === 'dockercompose') return 'compose';
  }
  return null;
}

const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A file `vars_files` or `include_vars` usually names: `vars.yml`, `*_vars.yml`, `vars_*.yml`, or any YAML file in a
 * `vars/` or `defaults/` folder. Claimed only when every top-level key is a variable name (checked by the caller).
 */
function looksLikeVarsFile(name: string, segs: string[]): boolean {
  const last = segs[segs.length - 1];
  return /^(?:vars|[\w-]+_vars|vars_[\w-]+)\.ya?ml$/i.test(name) || last === 'vars' || last === 'defaults';
}

function isAnsibleVarsPath(segs: string[]): boolean {
  const last = segs[segs.length - 1];
  const parent = segs[segs.length - 2];
  if (last === 'group_vars' || last === 'host_vars' || parent === 'group_vars' || parent === 'host_vars') return true;
  // roles/<role>/vars/main.yml, roles/<role>/defaults/main.yml
  return (last === 'vars' || last === 'defaults') && segs[segs.length - 3] === 'roles';
}

function isComposeShaped(root: unknown): boolean {
  return mapPairs(root).every((p) => {
    const k = pairKey(p);
    return k !== null && (COMPOSE_TOP.has(k) || k.startsWith('x-'));
  });
}

/** A Compose file by content alone: only Compose top-level keys, and a `services` map with a service-only key. */
function looksLikeCompose(root: unknown): boolean {
  const services = getValue(root, 'services');
  if (!isMap(services) || !isComposeShaped(root)) return false;
  const entries = mapPairs(services);
  if (!entries.length) return false;
  let evidence = false;
  for (const e of entries) {
    const v = e.value;
    if (v === null || v === undefined) continue;
    if (!isMap(v)) return false;
    if (mapPairs(v).some((p) => COMPOSE_SERVICE_KEYS.has(pairKey(p) ?? ''))) evidence = true;
  }
  return evidence;
}

/** YAML inventory: `all:` with hosts/children, or (in an inventory location) groups made of hosts/children/vars. */
function looksLikeYamlInventory(root: unknown, inventoryLocation: boolean): boolean {
  const groupish = (v: unknown) => isMap(v) && mapPairs(v).length > 0 && mapPairs(v).every((p) => ['hosts', 'children', 'vars'].includes(pairKey(p) ?? ''));
  const all = getValue(root, 'all');
  if (all !== undefined && groupish(all)) return true;
  const pairs = mapPairs(root);
  return inventoryLocation && pairs.length > 0 && pairs.every((p) => p.value === null || groupish(p.value));
}
