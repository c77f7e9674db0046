// Snippets: every snippet, expanded with its defaults and put where it is offered (in a file of its format, inside
// a skeleton for the ones that go inside a document), passes our own diagnostics; and completion offers each
// snippet where its text belongs and nowhere else.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caret, EN, KO, ROOT, service, tempWorkspace, workspaceService } from '../helpers';
import { allSnippets, expandSnippet, parseSnippet, type Snippet } from '../../server/src/service/snippets';
import type { LanguageService } from '../../server/src/service/languageService';

const indent = (text: string, by: string) => text.split('\n').map((l) => (l ? by + l : l)).join('\n');

/** The files a snippet's expansion names (a Dockerfile to build, secrets, a kustomization's resources …), per file. */
const WORKSPACES: Record<string, Record<string, string>> = {
  dockerfile: { '.dockerignore': '.git\n', 'package.json': '{}\n', 'package-lock.json': '{}\n', 'requirements.txt': 'flask==3.0.3\n' },
  dockerignore: {},
  compose: {
    Dockerfile: 'FROM node:22-alpine\nUSER node\nCMD ["node", "server.js"]\n',
    '.dockerignore': '.git\n',
    'secrets/db_password.txt': 'x\n',
    'secrets/api_key.txt': 'x\n',
    'secrets/mysql_password.txt': 'x\n',
    'secrets/mysql_root_password.txt': 'x\n',
    'grafana/grafana.ini': '[server]\n',
  },
  kubernetes: {},
  kustomize: {
    'base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n  - service.yaml\n',
    'base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          resources:\n            limits:\n              memory: 256Mi\n',
    'base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n',
    'base/application.properties': 'greeting=hello\n',
    'base/secret.env': 'DB_PASSWORD=x\n',
    'overlays/prod/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
    'components/cache/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n',
  },
  ansible: { 'templates/nginx.conf.j2': 'user www-data;\n' },
  inventory: {},
};

/** The document a snippet is checked in: whole-file snippets alone, the others inside a skeleton of their place. */
function documentFor(s: Snippet, text: string): string {
  switch (`${s.file}:${s.context}`) {
    case 'dockerfile:instruction':
      return `FROM debian:12-slim\nWORKDIR /app\n${text}\nUSER nobody\nCMD ["sleep", "infinity"]\n`;
    case 'compose:service':
      return `services:\n${indent(text, '  ')}\n`;
    case 'compose:service-key':
      return `services:\n  app:\n    image: myapp:1.0.0\n${indent(text, '    ')}\n  db:\n    image: postgres:16-alpine\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n`;
    case 'kubernetes:pod-spec':
      return DEPLOYMENT.replace('      POD_SPEC\n', `${indent(text, '      ')}\n`).replace('          CONTAINER\n', '');
    case 'kubernetes:container':
      return DEPLOYMENT.replace('      POD_SPEC\n', '').replace('          CONTAINER\n', `${indent(text, '          ')}\n`);
    case 'kustomize:top':
      return `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n${text}\n`;
    case 'ansible:task':
      return `- name: Try the snippet\n  hosts: all\n  tasks:\n${indent(text, '    ')}\n`;
    case 'ansible:play-key':
      return `- name: Try the snippet\n  hosts: all\n${indent(text, '  ')}\n`;
    default:
      return `${text}\n`;
  }
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      POD_SPEC
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
          CONTAINER
`;

/**
 * Warnings a snippet may leave, each with why. Empty: every snippet is free of errors and warnings where it is
 * offered. (Infos and hints — a missing probe in a CronJob's container, a Service whose pods are in another file —
 * are advice the learner reads on the expanded text, not mistakes of the snippet.)
 */
const ALLOWED_WARNINGS: Record<string, { rule: string; why: string }[]> = {};

const services = new Map<string, { dir: string; svc: LanguageService }>();
after(() => {
  for (const { dir } of services.values()) rmSync(dir, { recursive: true, force: true });
});
function workspaceOf(file: string): { dir: string; svc: LanguageService } {
  let ws = services.get(file);
  if (!ws) {
    const dir = tempWorkspace(WORKSPACES[file] ?? {});
    const svc = workspaceService(dir);
    svc.indexWorkspace([dir]);
    services.set(file, (ws = { dir, svc }));
  }
  return ws;
}

test('every snippet file entry is read (no entry without prefix, description key or context)', () => {
  const read = new Set(allSnippets().map((s) => `${s.file}.${s.name}`));
  for (const f of Object.keys(WORKSPACES)) {
    const raw = JSON.parse(readFileSync(join(ROOT, 'snippets', `${f}.json`), 'utf8')) as Record<string, unknown>;
    for (const name of Object.keys(raw)) assert.ok(read.has(`${f}.${name}`), `snippets/${f}.json: ${name} is not read`);
  }
});

test('every snippet, expanded with its defaults, has no error and no warning where it is offered', () => {
  const problems: string[] = [];
  for (const s of allSnippets()) {
    assert.ok(s.validIn, `${s.file}.${s.name} names the file it is valid in ("file")`);
    const { dir, svc } = workspaceOf(s.file);
    const text = documentFor(s, expandSnippet(s.body));
    const abs = join(dir, s.validIn);
    const m = svc.parse({ uri: pathToFileURL(abs).href, path: abs, text });
    const allowed = new Set((ALLOWED_WARNINGS[`${s.file}.${s.name}`] ?? []).map((a) => a.rule));
    const bad = svc.doValidation(m, EN).filter((d) => (d.severity === 1 || d.severity === 2) && !allowed.has(String(d.code)));
    if (bad.length) problems.push(`${s.file}.${s.name} (${s.prefix}) in ${s.validIn}:\n${bad.map((d) => `  ${d.code}@${d.range.start.line + 1} ${d.message}`).join('\n')}\n---\n${text}`);
    if (s.file !== 'dockerignore') assert.ok(m.formats.size, `${s.file}.${s.name}: the expansion is a file of ours (${s.validIn})`);
  }
  assert.deepEqual(problems, []);
});

test('snippet expansion: defaults, first choices, mirrors and escapes', () => {
  assert.equal(expandSnippet('a ${1:web} b $1 ${2|x,y|} $0'), 'a web b web x ');
  assert.equal(expandSnippet('$1-${1:late}'), 'late-late');
  assert.equal(expandSnippet('${1:outer ${2:inner}} $2'), 'outer inner inner');
  assert.equal(expandSnippet('PATH=\\$PATH \\} \\\\'), 'PATH=$PATH } \\');
  assert.equal(expandSnippet('${1|a\\,b,c|}'), 'a,b');
  assert.throws(() => parseSnippet('${VAR}'), /variable/);
  assert.throws(() => parseSnippet('${1:open'), /unclosed/);
});

// ───────────────────────── placement ─────────────────────────

const SNIPPET_KIND = 15;

/** The snippet prefixes completion offers at the caret of a document parsed as `path`. */
function offered(path: string, textWithCaret: string): string[] {
  const { text, position } = caret(textWithCaret);
  const m = service().parse({ uri: `file:///work/${path}`, path: `/work/${path}`, text });
  return service().findCompletions(m, position, EN).filter((c) => c.kind === SNIPPET_KIND).map((c) => c.label).sort();
}

const prefixes = (file: string, ...contexts: string[]) => allSnippets().filter((s) => s.file === file && contexts.includes(s.context)).map((s) => s.prefix).sort();
const WHOLE_FILE_ELSEWHERE = [...prefixes('kubernetes', 'document'), ...prefixes('compose', 'file'), ...prefixes('ansible', 'playbook'), ...prefixes('kustomize', 'patch-file')].sort();

test('snippet placement: a blank YAML document gets the whole-file snippets its path allows', () => {
  // No name that says what it is: every whole-file snippet (manifests, Compose, a playbook, a JSON patch), none of the
  // ones that only make sense inside a document or in a file of a given name.
  assert.deepEqual(offered('deploy/app.yaml', '|'), WHOLE_FILE_ELSEWHERE);
  assert.deepEqual(offered('deploy/app.yaml', '# a comment\ndh-de|'), WHOLE_FILE_ELSEWHERE);
  // After `---` in a file of manifests: one more manifest.
  const dep = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n';
  assert.deepEqual(offered('deploy/app.yaml', `${dep}---\ndh-|`), prefixes('kubernetes', 'document'));
  assert.deepEqual(offered('deploy/app.yaml', `${dep}---\n|\n---\n${dep}`), prefixes('kubernetes', 'document'));
  // A document with content is not blank.
  assert.deepEqual(offered('deploy/app.yaml', `${dep}|`), []);
  // The name decides: a kustomization gets kustomizations only, a Compose file Compose files only …
  assert.deepEqual(offered('overlays/prod/kustomization.yaml', 'dh-|'), prefixes('kustomize', 'kustomization'));
  assert.deepEqual(offered('compose.yaml', '|'), prefixes('compose', 'file'));
  assert.deepEqual(offered('docker-compose.override.yml', 'dh|'), prefixes('compose', 'file'));
  assert.deepEqual(offered('roles/web/tasks/main.yml', '---\n|'), prefixes('ansible', 'tasks-file'));
  assert.deepEqual(offered('roles/web/handlers/main.yml', '|'), prefixes('ansible', 'handlers-file'));
  assert.deepEqual(offered('roles/web/defaults/main.yml', '|'), prefixes('ansible', 'vars-file'));
  assert.deepEqual(offered('roles/web/meta/main.yml', '|'), prefixes('ansible', 'meta-file'));
  assert.deepEqual(offered('group_vars/all.yml', '|'), prefixes('ansible', 'vars-file'));
  for (const p of ['overlays/prod/kustomization.yaml', 'compose.yaml', 'roles/web/tasks/main.yml']) {
    const got = offered(p, '|');
    assert.ok(!got.includes('dh-deployment') && !got.includes('dh-playbook') && !got.includes('dh-json-patch'), `${p}: ${got.join(', ')}`);
  }
});

test('snippet placement: Kubernetes — pod-spec snippets in a pod spec, container snippets in a container, nothing else inside', () => {
  const deployment = DEPLOYMENT.replace('          CONTAINER\n', '');
  const podSpec = prefixes('kubernetes', 'pod-spec');
  const container = prefixes('kubernetes', 'container');
  assert.ok(podSpec.includes('dh-node-selector') && podSpec.includes('dh-tolerations') && container.includes('dh-probes'));
  assert.deepEqual(offered('k8s/web.yaml', deployment.replace('      POD_SPEC\n', '      |\n')), podSpec);
  assert.deepEqual(offered('k8s/web.yaml', deployment.replace('      POD_SPEC\n', '      dh-no|\n')), podSpec);
  assert.deepEqual(offered('k8s/web.yaml', deployment.replace('      POD_SPEC\n', '').replace('containerPort: 8080\n', 'containerPort: 8080\n          |\n')), container);
  // A pod's own spec is a pod spec too; a CronJob's, four levels down.
  assert.deepEqual(offered('k8s/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  |\n  containers: []\n'), podSpec);
  const cron = 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          |\n';
  assert.deepEqual(offered('k8s/cron.yaml', cron), podSpec);
  // Not in the Deployment's own spec, its metadata or at its top level; no Compose or whole-object snippet there.
  assert.deepEqual(offered('k8s/web.yaml', deployment.replace('      POD_SPEC\n', '').replace('spec:\n  selector', 'spec:\n  |\n  selector')), []);
  assert.deepEqual(offered('k8s/web.yaml', deployment.replace('      POD_SPEC\n', '').replace('metadata:\n  name: web\n', 'metadata:\n  name: web\n  |\n')), []);
  assert.deepEqual(offered('k8s/web.yaml', `${deployment.replace('      POD_SPEC\n', '')}|`), []);
  // A container list item being started is not a place for a whole block.
  assert.deepEqual(offered('k8s/web.yaml', deployment.replace('      POD_SPEC\n', '').replace('      containers:\n', '      containers:\n        - |\n')), []);
});

test('snippet placement: Compose — a service under services:, service blocks inside a service', () => {
  assert.deepEqual(offered('compose.yaml', 'services:\n  |\n'), prefixes('compose', 'service'));
  assert.deepEqual(offered('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n  dh-|\n'), prefixes('compose', 'service'));
  assert.deepEqual(offered('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    |\n'), prefixes('compose', 'service-key'));
  // Not at the top level of a Compose file with content, not in a service's nested blocks, never a playbook or a manifest.
  assert.deepEqual(offered('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n|\n'), []);
  assert.deepEqual(offered('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    logging:\n      |\n'), []);
  // The Compose service snippet is not offered at the top level of a manifest.
  assert.deepEqual(offered('k8s/svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n|\n'), []);
});

test('snippet placement: Kustomize — top-level blocks in a kustomization, never a Deployment', () => {
  const k = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n';
  assert.deepEqual(offered('base/kustomization.yaml', `${k}|`), prefixes('kustomize', 'top'));
  assert.deepEqual(offered('base/kustomization.yaml', `${k}images:\n  - |\n`), []);
  assert.deepEqual(offered('base/kustomization.yaml', `${k}images:\n  - name: nginx\n    |\n`), []);
  assert.ok(!offered('base/kustomization.yaml', '|').includes('dh-deployment'));
});

test('snippet placement: Ansible — tasks where a task list item goes, handler + notify at a play\'s keys', () => {
  const task = prefixes('ansible', 'task');
  const play = '- name: Web\n  hosts: all\n';
  assert.deepEqual(offered('site.yml', `${play}  tasks:\n    |\n`), task);
  assert.deepEqual(offered('site.yml', `${play}  tasks:\n    - name: A\n      ansible.builtin.ping:\n    |\n`), task);
  assert.deepEqual(offered('site.yml', `${play}  handlers:\n    |\n`), task);
  assert.deepEqual(offered('site.yml', `${play}  tasks:\n    - name: A\n      block:\n        |\n`), task);
  assert.deepEqual(offered('site.yml', `${play}  |\n`), prefixes('ansible', 'play-key'));
  // Not inside a task, not a play's vars, never a manifest or a Compose service.
  assert.deepEqual(offered('site.yml', `${play}  tasks:\n    - name: A\n      |\n`), []);
  assert.deepEqual(offered('site.yml', `${play}  vars:\n    |\n`), []);
  // A task file: at the top level of the list.
  assert.deepEqual(offered('roles/web/tasks/main.yml', '- name: A\n  ansible.builtin.ping:\n|\n'), task);
  assert.deepEqual(offered('site.yml', `${play}  tasks:\n    - name: A\n      ansible.builtin.ping:\n    - dh-|\n`), task);
});

test('snippet placement: a task snippet after "- " replaces the dash (the body starts its own item)', () => {
  const { text, position } = caret('- name: Web\n  hosts: all\n  tasks:\n    - dh-lo|\n');
  const m = service().parse({ uri: 'file:///work/site.yml', path: '/work/site.yml', text });
  const loop = service().findCompletions(m, position, EN).find((c) => c.label === 'dh-loop');
  assert.ok(loop?.range);
  assert.deepEqual(loop.range, { start: { line: 3, character: 4 }, end: position });
  assert.equal(loop.filterText, '- dh-loop');
  assert.match(loop.insertText ?? '', /^- name: /);
});

test('snippet placement: Dockerfile, .dockerignore and INI inventories', () => {
  const instruction = prefixes('dockerfile', 'instruction');
  assert.deepEqual(offered('Dockerfile', '|'), [...prefixes('dockerfile', 'file'), ...instruction].sort());
  assert.deepEqual(offered('Dockerfile', '# syntax=docker/dockerfile:1\ndh-no|'), [...prefixes('dockerfile', 'file'), ...instruction].sort());
  assert.deepEqual(offered('Dockerfile', 'FROM node:22-alpine\n|'), instruction);
  assert.deepEqual(offered('Dockerfile', 'FROM node:22-alpine\nRUN npm ci && |'), []);
  assert.deepEqual(offered('app/.dockerignore', '|'), prefixes('dockerignore', 'file'));
  assert.deepEqual(offered('app/.dockerignore', 'node_modules\n|'), []);
  assert.deepEqual(offered('app/.gitignore', '|'), []);
  assert.deepEqual(offered('inventory/hosts.ini', '|'), prefixes('inventory', 'file'));
  assert.deepEqual(offered('inventory/hosts.ini', '[web]\nweb1\n|'), []);
  // A .dockerignore is not one of our formats: nothing is reported there.
  const m = service().parse({ uri: 'file:///work/.dockerignore', path: '/work/.dockerignore', text: expandSnippet(allSnippets().find((s) => s.file === 'dockerignore')!.body) });
  assert.deepEqual(service().doValidation(m, EN), []);
});

test('snippets come after the format\'s own proposals and carry their description in the user\'s language', () => {
  const { text, position } = caret('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n|');
  const m = service().parse({ uri: 'file:///work/kustomization.yaml', path: '/work/kustomization.yaml', text });
  const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const ko = JSON.parse(readFileSync(join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
  for (const [settings, nls] of [[EN, en], [KO, ko]] as const) {
    const items = service().doComplete(m, position, settings).items;
    const snippets = items.filter((i) => i.kind === SNIPPET_KIND);
    const keys = items.filter((i) => i.kind !== SNIPPET_KIND);
    assert.ok(snippets.length >= 3 && keys.length > 5);
    const last = keys.map((k) => k.sortText ?? k.label).sort().pop()!;
    for (const s of snippets) {
      assert.ok((s.sortText ?? s.label) > last, `${s.label} sorts after the keys`);
      assert.equal(s.insertTextFormat, 2);
      const snippet = allSnippets().find((x) => x.prefix === s.label && x.file === 'kustomize')!;
      assert.equal(s.detail, nls[snippet.descriptionKey]);
      const doc = s.documentation as { kind: string; value: string };
      assert.ok(doc.value.includes(nls[snippet.descriptionKey]), 'the documentation starts with the description');
      assert.ok(doc.value.includes('```yaml\n' + expandSnippet(snippet.body)), 'and shows the expanded body');
    }
    // A client that resolves documentation later gets the entry id, and the same text on resolve.
    const lazy = service().doComplete(m, position, settings, { documentation: false }).items.find((i) => i.kind === SNIPPET_KIND)!;
    const id = (lazy.data as { entryId: string }).entryId;
    assert.deepEqual(service().documentationFor(id, settings), snippets.find((s) => s.label === lazy.label)!.documentation);
  }
  const en1 = service().doComplete(m, position, EN).items.find((i) => i.label === 'dh-images')!;
  const ko1 = service().doComplete(m, position, KO).items.find((i) => i.label === 'dh-images')!;
  assert.notEqual(en1.detail, ko1.detail);
});
