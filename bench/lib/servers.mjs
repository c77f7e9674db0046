// The servers under test: how to start each, what to answer to its configuration requests, and how it is set up
// after `initialized`. Every server gets the same initialize params (bench/lib/lsp.mjs) and the same inputs.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureK8sSchema } from './k8sSchema.mjs';

export const K8S_VERSION = 'v1.13.4';

/** The Compose spec schema: vendored in server/data/schemas/, else taken from the npm package it was vendored from. */
export function composeSchemaPath(root, workDir, log = () => undefined) {
  const vendored = join(root, 'server', 'data', 'schemas', 'compose-spec.json');
  if (existsSync(vendored)) return { path: vendored, source: 'server/data/schemas/compose-spec.json (vendored)' };
  const npmDir = join(workDir, 'npm');
  const inTgz = 'package/schemas/compose.schema.json';
  const extracted = join(npmDir, inTgz);
  if (!existsSync(extracted)) {
    mkdirSync(npmDir, { recursive: true });
    const tgz = join(npmDir, 'dclint-3.1.0.tgz');
    if (!existsSync(tgz)) {
      log('fetching dclint@3.1.0 with npm pack (for the Compose spec schema)…');
      execFileSync('npm', ['pack', 'dclint@3.1.0', '--silent', '--pack-destination', npmDir], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    execFileSync('tar', ['-xzf', tgz, '-C', npmDir, inTgz]);
  }
  return { path: extracted, source: 'npm dclint@3.1.0 schemas/compose.schema.json' };
}

/**
 * @param {{ root: string, workDir: string, inputsDir: string, log?: (m: string) => void }} env
 */
export function serverDefs(env) {
  const { root, workDir } = env;
  const k8s = ensureK8sSchema(workDir, env.log);
  const composeSchema = composeSchemaPath(root, workDir, env.log);
  const k8sAll = readFileSync(k8s.all, 'utf8');
  const k8sDefs = readFileSync(k8s.defs, 'utf8');
  const yamlSettings = {
    // `kubernetes` is yaml-language-server's own keyword: it selects yannh/kubernetes-json-schema's all.json and its
    // Kubernetes validation mode. The schema's content comes from us (vscode/content below), as VS Code serves it.
    // Globs are absolute paths: yaml-language-server's globs skip dot folders (bench/.work) unless they are spelled out.
    schemas: { kubernetes: [`${env.inputsDir}/k8s/*.yaml`], [pathToFileURL(composeSchema.path).href]: [`${env.inputsDir}/compose-*/compose.yaml`] },
    kubernetesVersion: K8S_VERSION,
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  };
  const yamlBin = join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  const dockerBin = join(root, 'node_modules', 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver');
  const ansibleBin = join(root, 'node_modules', '@ansible', 'ansible-language-server', 'bin', 'ansible-language-server');
  const ansibleHome = join(workDir, 'ansible-home');
  mkdirSync(join(ansibleHome, 'tmp'), { recursive: true });
  const onPath = (cmd) => (process.env.PATH ?? '').split(':').filter(Boolean).map((dir) => join(dir, cmd)).find((p) => existsSync(p));
  // The Ansible language server validates by running ansible-lint (or `ansible-playbook --syntax-check`) and reads
  // module docs through ansible: point it at what is on PATH (Debian's ansible-core and ansible-lint), offline.
  const ansibleSettings = {
    ansible: { path: onPath('ansible') ?? 'ansible', useFullyQualifiedCollectionNames: true },
    python: { interpreterPath: onPath('python3') ?? '', activationScript: '' },
    executionEnvironment: { enabled: false, containerEngine: 'auto', image: '', pull: { policy: 'never', arguments: '' }, volumeMounts: [], containerOptions: '' },
    completion: { provideRedirectModules: true, provideModuleOptionAliases: true },
    validation: { enabled: true, lint: { enabled: true, path: onPath('ansible-lint') ?? 'ansible-lint', arguments: '--offline' } },
  };
  return {
    schemaInfo: { k8sDir: k8s.dir, compose: composeSchema.source },
    yamlSettings,
    ours: {
      id: 'ours',
      name: 'DevOps Hints',
      command: process.execPath,
      args: [join(root, 'dist', 'server.js'), '--stdio'],
      // Our settings at their defaults (what a new user has).
      onConfiguration: () => null,
      configuresAtStart: true,
    },
    yaml: {
      id: 'yaml',
      name: 'yaml-language-server 1.25',
      command: process.execPath,
      args: [yamlBin, '--stdio'],
      onConfiguration: (item) => (item.section === 'yaml' ? yamlSettings : item.section === 'editor' ? { tabSize: 2, detectIndentation: false } : {}),
      onRequest: {
        // Schema contents for http(s) schema URLs (the client serves them: no network).
        'vscode/content': (uri) => {
          if (typeof uri === 'string' && uri.includes('/kubernetes-json-schema/')) {
            if (uri.endsWith('/all.json')) return k8sAll;
            if (uri.endsWith('/_definitions.json')) return k8sDefs;
          }
          throw new Error(`no offline content for ${uri}`);
        },
      },
      afterInitialized: (client) => client.notify('yaml/registerContentRequest', {}),
      configuresAtStart: true,
    },
    ansible: {
      id: 'ansible',
      name: '@ansible/ansible-language-server 1.2.3',
      command: process.execPath,
      args: [ansibleBin, '--stdio'],
      // ansible and ansible-lint write caches and temporary files under HOME: a folder of the bench's work dir.
      env: { HOME: ansibleHome, ANSIBLE_LOCAL_TEMP: join(ansibleHome, 'tmp'), NO_COLOR: '1' },
      onConfiguration: (item) => (item.section === 'ansible' ? ansibleSettings : null),
      // (It asks for its settings per document, when one opens: nothing to wait for at start.)
      tools: { ansible: onPath('ansible'), ansibleLint: onPath('ansible-lint'), ansiblePlaybook: onPath('ansible-playbook') },
    },
    docker: {
      id: 'docker',
      name: 'dockerfile-language-server-nodejs 0.15',
      command: process.execPath,
      args: [dockerBin, '--stdio'],
      onConfiguration: () => null,
    },
  };
}
