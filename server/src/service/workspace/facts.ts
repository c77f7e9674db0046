// The facts the workspace index keeps per file: small records that other files need, never syntax trees. They are
// the contract between formats: Compose reads a Dockerfile's stages from here (it never imports the Dockerfile
// format), a Service will read pod labels from here, a playbook the handlers of its roles. Each format's provider
// writes its part (`facts()` in provider.ts); positions are LSP ranges in the file the facts come from.
import type { Range } from 'vscode-languageserver-types';
import type { Format } from '../types';

export interface NamedFact {
  name: string;
  /** Where the name is defined (its key, its `AS name` …). */
  range: Range;
}

export interface StageFact {
  /** `FROM … AS name` (undefined for an unnamed stage). */
  name?: string;
  index: number;
  /** The base image or stage as written after FROM. */
  image?: string;
  /** The FROM instruction. */
  range: Range;
  /** The stage name after AS. */
  nameRange?: Range;
}

export interface DockerfileFacts {
  stages: StageFact[];
}

export interface BuildTargetFact {
  service: string;
  /** The Dockerfile the build reads (absolute path), when it is a file. */
  dockerfile?: string;
  target: string;
  /** The value of `build.target`. */
  range: Range;
}

export interface ComposeFacts {
  services: NamedFact[];
  volumes: NamedFact[];
  networks: NamedFact[];
  secrets: NamedFact[];
  configs: NamedFact[];
  models: NamedFact[];
  buildTargets: BuildTargetFact[];
}

export interface ContainerFact {
  name?: string;
  image?: string;
  ports: { name?: string; containerPort?: number }[];
}

export interface K8sObjectFact {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labels: Record<string, string>;
  /** The document (its `kind:` line, or its start). */
  range: Range;
  /** Workloads: the pod template's labels and containers; a Pod: its own. */
  podLabels?: Record<string, string>;
  containers?: ContainerFact[];
  /** A Service's `spec.selector`, a workload's `spec.selector.matchLabels`. */
  selector?: Record<string, string>;
  /** A Service's ports. */
  ports?: { name?: string; port?: number; targetPort?: string }[];
  /** ConfigMap / Secret keys (data, stringData, binaryData). */
  keys?: string[];
  serviceAccountName?: string;
  /** A skaffold configuration (`apiVersion: skaffold/…`): the images its `build.artifacts` build and tag. */
  builds?: string[];
}

export interface KustomizeEdgeFact {
  /** The field the path is listed under (`resources`, `components`, `patches` …). */
  key: string;
  value: string;
  /** Resolved against the kustomization's folder. */
  path: string;
  range: Range;
}

export interface KustomizationFacts {
  kind: string;
  edges: KustomizeEdgeFact[];
  /** `images[].name` entries that set the tag, digest or name (the manifests' images are rewritten by kustomize). */
  images?: string[];
  /** ConfigMaps and Secrets its generators make (`configMapGenerator`, `secretGenerator`), by name; `behavior` when not `create`. */
  generated?: { kind: 'ConfigMap' | 'Secret'; name: string; behavior?: 'merge' | 'replace'; namespace?: string; range?: Range }[];
  namePrefix?: string;
  nameSuffix?: string;
  /** Labels it adds to every object (commonLabels and `labels` pairs). */
  labels?: Record<string, string>;
  /** `images` entries that rename an image (`newName`): the names the kustomizations above see. */
  imageRenames?: { name: string; newName: string }[];
  /**
   * Why the objects it builds cannot all be known from the workspace: `remote` resources, `helm` charts, `plugins`
   * (generators/transformers that may add or rename objects), `configurations` (custom field specs).
   */
  opaque?: string[];
  /** `namespace:` it sets on every object of the build. */
  namespace?: string;
  /** It adds labels to selectors (commonLabels, `labels` with includeSelectors, transformers): kustomize creates a missing selector. */
  addsSelectors?: true;
}

export interface HandlerFact extends NamedFact {
  listen: string[];
}

export interface AnsibleFacts {
  plays: { name?: string; hosts?: string; range: Range }[];
  handlers: HandlerFact[];
  /** Task names of a task file or of the plays. */
  tasks: NamedFact[];
  /** Variables a vars file (group_vars, host_vars, vars/, defaults/) defines. */
  vars: string[];
  /** Their values when short scalars (hovers show a host's merged variables); longer or nested values are left out. */
  values?: Record<string, string>;
  /** The role a file belongs to (`roles/<role>/…`), and which part of it (`tasks`, `handlers`, `vars` …). */
  role?: { name: string; part: string };
  /** The handler names and `listen` topics its tasks and handlers notify (sorted; a name with Jinja is `dynamicNotify`). */
  notifies?: string[];
  /** A `notify` names a handler through Jinja: it may be any handler. */
  dynamicNotify?: true;
  /** Variables it defines for the tasks after it: play/block/task `vars`, `register`, `set_fact`, role parameters (sorted). */
  defines?: string[];
  /** The vars files it reads (`vars_files`, `include_vars`), as written (without Jinja), sorted. */
  varsFiles?: string[];
  /** It adds hosts or groups while it runs (`add_host`, `group_by`). */
  addsHosts?: true;
}

export interface InventoryFacts {
  groups: { name: string; hosts: string[]; children: string[]; range: Range }[];
  hosts: NamedFact[];
  /** The variables it gives groups and hosts (`[g:vars]`, `host key=value`, `vars:`), sorted. */
  vars?: string[];
}

/** A name for "go to symbol in workspace" (Ctrl+T). `kind` is an LSP SymbolKind. */
export interface SymbolFact {
  name: string;
  kind: number;
  range: Range;
  /** What holds it (a Compose file's `services`, a play), shown beside it. */
  container?: string;
}

export interface FileFacts {
  path: string;
  formats: Format[];
  dockerfile?: DockerfileFacts;
  compose?: ComposeFacts;
  kubernetes?: K8sObjectFact[];
  kustomize?: KustomizationFacts;
  ansible?: AnsibleFacts;
  inventory?: InventoryFacts;
  symbols: SymbolFact[];
}

/** What a format's provider contributes to a file's facts. */
export type FactsPart = Partial<Omit<FileFacts, 'path' | 'formats' | 'symbols'>> & { symbols?: SymbolFact[] };
