// The workspace index: built over a real folder, kept current by file events (add, change, delete, rename) and by
// open documents, with reverse edges so a change re-validates only the documents that read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EN, serviceData, tempWorkspace } from '../helpers';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { nodeWorkspaceFs } from '../../server/src/service/workspace/fs';
import { ALL_CHECKS } from '../../server/src/service/formats';

const DOCKERFILE = 'FROM node:20 AS deps\nRUN npm ci\n\nFROM node:20-slim AS build\nCOPY --from=deps /app /app\n';
const COMPOSE = 'services:\n  web:\n    build:\n      context: .\n      target: build\n    depends_on: [db]\n  db:\n    image: postgres:16\nvolumes:\n  data: {}\n';

function setup(files: Record<string, string>, limits?: { maxFiles?: number }): { dir: string; svc: LanguageService; write(p: string, t: string): void; open(p: string, t?: string): ReturnType<LanguageService['parse']>; ids(p: string, t?: string, rule?: string): string[] } {
  const dir = tempWorkspace(files);
  const svc = createLanguageService({ data: serviceData(), fs: nodeWorkspaceFs([dir]), indexLimits: limits });
  const texts = new Map(Object.entries(files));
  const open = (p: string, t = texts.get(p) ?? '') => svc.parse({ uri: pathToFileURL(join(dir, p)).href, path: join(dir, p), text: t });
  return {
    dir,
    svc,
    write(p, t) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), t);
      texts.set(p, t);
    },
    open,
    ids: (p, t, rule) => svc.findings(open(p, t), EN).filter((f) => !rule || f.ruleId === rule).map((f) => `${f.ruleId}@${f.range.start.line + 1}`),
  };
}

test('the index is built over the workspace: facts per format, folders that do not matter skipped', () => {
  const w = setup({
    'app/Dockerfile': DOCKERFILE,
    'app/compose.yaml': COMPOSE,
    'k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: { app: web }\nspec:\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web, tier: front } }\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports: [{ name: http, containerPort: 80 }]\n---\napiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  selector: { app: web }\n  ports: [{ port: 80, targetPort: http }]\n',
    'k8s/kustomization.yaml': 'resources:\n  - web.yaml\n',
    'ansible/site.yml': '- hosts: web\n  name: Web servers\n  tasks:\n    - name: Install nginx\n      ansible.builtin.apt: { name: nginx }\n      notify: Restart nginx\n  handlers:\n    - name: Restart nginx\n      ansible.builtin.service: { name: nginx, state: restarted }\n      listen: web restart\n',
    'ansible/inventory/hosts': '[web]\nweb1 ansible_host=10.0.0.1\nweb[2:4]\n\n[all:children]\nweb\n',
    'ansible/group_vars/web.yml': 'http_port: 80\nmax_clients: 200\n',
    'node_modules/x/Dockerfile': 'FROM alpine:3.20\n',
    '.git/config.yaml': 'a: 1\n',
    'notes.txt': 'not ours',
  });
  try {
    const r = w.svc.indexWorkspace([w.dir]);
    assert.equal(r.complete, true);
    assert.equal(r.files, 7, 'the seven files one of our file kinds reads (node_modules and .git skipped)');
    assert.equal(w.svc.workspace.ready, true);
    const f = (p: string) => w.svc.workspace.factsOf(join(w.dir, p))!;
    assert.deepEqual(f('app/Dockerfile').dockerfile!.stages.map((s) => s.name), ['deps', 'build']);
    assert.deepEqual(f('app/compose.yaml').compose!.services.map((s) => s.name), ['web', 'db']);
    assert.deepEqual(f('app/compose.yaml').compose!.buildTargets.map((t) => [t.service, t.target, t.dockerfile]), [['web', 'build', join(w.dir, 'app/Dockerfile')]]);
    const [deploy, svc] = f('k8s/web.yaml').kubernetes!;
    assert.deepEqual([deploy.kind, deploy.name, deploy.podLabels, deploy.selector, deploy.containers], ['Deployment', 'web', { app: 'web', tier: 'front' }, { app: 'web' }, [{ name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80 }] }]]);
    assert.deepEqual([svc.kind, svc.selector, svc.ports], ['Service', { app: 'web' }, [{ name: undefined, port: 80, targetPort: 'http' }]]);
    assert.deepEqual(f('k8s/kustomization.yaml').kustomize!.edges.map((e) => [e.key, e.path]), [['resources', join(w.dir, 'k8s/web.yaml')]]);
    assert.deepEqual(f('ansible/site.yml').ansible!.handlers.map((h) => [h.name, h.listen]), [['Restart nginx', ['web restart']]]);
    assert.deepEqual(f('ansible/site.yml').ansible!.plays.map((p) => [p.name, p.hosts]), [['Web servers', 'web']]);
    assert.deepEqual(f('ansible/inventory/hosts').inventory!.groups.map((g) => [g.name, g.hosts, g.children]), [['web', ['web1', 'web[2:4]'], []], ['all', [], ['web']]]);
    assert.deepEqual(f('ansible/group_vars/web.yml').ansible!.vars, ['http_port', 'max_clients']);
    assert.equal(w.svc.workspace.factsOf(join(w.dir, 'node_modules/x/Dockerfile')) !== undefined, true, 'a skipped folder is still read on demand when a file names it');
    assert.equal(w.svc.workspace.all()!.some((x) => x.path.includes('node_modules')), false, 'but it is not part of the index');
  } finally {
    rmSync(w.dir, { recursive: true, force: true });
  }
});

test('a change on disk re-validates exactly the documents that read it (reverse edges), and their findings follow', () => {
  const w = setup({ 'Dockerfile': DOCKERFILE, 'compose.yaml': COMPOSE, 'other/compose.yaml': 'services:\n  x:\n    image: nginx:1.27\n' });
  try {
    w.svc.indexWorkspace([w.dir]);
    const compose = w.open('compose.yaml');
    const other = w.open('other/compose.yaml');
    assert.deepEqual(w.svc.findings(compose, EN).filter((f) => f.ruleId === 'DC015'), []);
    w.svc.findings(other, EN);
    // The stage is renamed on disk: the Compose file that builds it must be checked again, the other one not.
    w.write('Dockerfile', DOCKERFILE.replace('AS build', 'AS builder'));
    const affected = w.svc.fileChanged(join(w.dir, 'Dockerfile'), 'changed');
    assert.deepEqual([...affected], [compose.uri]);
    // The same model (the Compose file was not touched) now has the finding: the cache saw what it read change.
    assert.deepEqual(w.svc.findings(compose, EN).filter((f) => f.ruleId === 'DC015').map((f) => f.args.suggestion), ['builder']);
    // A change that does not alter the facts (a comment) re-validates nothing.
    w.write('Dockerfile', '# a comment\n' + DOCKERFILE.replace('AS build', 'AS builder'));
    assert.deepEqual([...w.svc.fileChanged(join(w.dir, 'Dockerfile'), 'changed')], [], 'the stages only moved down a line');
    assert.equal(w.svc.workspace.factsOf(join(w.dir, 'Dockerfile'))!.dockerfile!.stages[1].range.start.line, 4, 'the new positions are kept');
  } finally {
    rmSync(w.dir, { recursive: true, force: true });
  }
});

test('a manifest that reads every manifest is re-validated when a manifest changes, not when a Dockerfile does', () => {
  const SVC = 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  selector: { app: web }\n  ports: [{ port: 80 }]\n';
  const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      containers: [{ name: web, image: nginx:1.27 }]\n';
  const w = setup({ 'Dockerfile': DOCKERFILE, 'k8s/service.yaml': SVC, 'k8s/deploy.yaml': DEPLOY });
  try {
    w.svc.indexWorkspace([w.dir]);
    const svc = w.open('k8s/service.yaml');
    assert.deepEqual(w.svc.findings(svc, EN).filter((f) => f.ruleId === 'K8S030'), []);
    w.write('Dockerfile', DOCKERFILE.replace('AS build', 'AS builder'));
    assert.deepEqual([...w.svc.fileChanged(join(w.dir, 'Dockerfile'), 'changed')], [], 'a Dockerfile is not a Kubernetes fact');
    w.write('k8s/deploy.yaml', DEPLOY.replace(/app: web/g, 'app: api'));
    assert.deepEqual([...w.svc.fileChanged(join(w.dir, 'k8s/deploy.yaml'), 'changed')], [svc.uri]);
    assert.deepEqual(w.svc.findings(svc, EN).filter((f) => f.ruleId === 'K8S030').map((f) => f.args.closest), ['app=api']);
  } finally {
    rmSync(w.dir, { recursive: true, force: true });
  }
});

test('add, delete and rename: facts appear, disappear and move', () => {
  const w = setup({ 'compose.yaml': COMPOSE });
  try {
    w.svc.indexWorkspace([w.dir]);
    const compose = w.open('compose.yaml');
    assert.deepEqual(w.ids('compose.yaml', COMPOSE, 'DC015'), [], 'no Dockerfile yet: nothing is said');
    // add
    w.write('Dockerfile', 'FROM node:20 AS prod\n');
    assert.ok(w.svc.fileChanged(join(w.dir, 'Dockerfile'), 'created').has(compose.uri));
    assert.deepEqual(w.svc.findings(compose, EN).filter((f) => f.ruleId === 'DC015').map((f) => f.args.stages), ['`prod`']);
    assert.ok(w.svc.workspaceSymbols('stage prod').some((s) => s.name === 'stage prod'));
    // rename: the old path is deleted, the new one created
    renameSync(join(w.dir, 'Dockerfile'), join(w.dir, 'Dockerfile.dev'));
    assert.ok(w.svc.fileChanged(join(w.dir, 'Dockerfile'), 'deleted').has(compose.uri));
    w.svc.fileChanged(join(w.dir, 'Dockerfile.dev'), 'created');
    assert.equal(w.svc.workspace.factsOf(join(w.dir, 'Dockerfile')), undefined);
    assert.deepEqual(w.svc.workspace.factsOf(join(w.dir, 'Dockerfile.dev'))!.dockerfile!.stages.map((s) => s.name), ['prod']);
    assert.deepEqual(w.svc.findings(compose, EN).filter((f) => f.ruleId === 'DC015'), [], 'the Dockerfile it names is gone: quiet again');
    // delete a folder: everything under it leaves the index
    w.write('sub/deep/Dockerfile', 'FROM alpine:3.20 AS x\n');
    w.svc.fileChanged(join(w.dir, 'sub/deep/Dockerfile'), 'created');
    assert.ok(w.svc.workspace.all()!.some((f) => f.path.endsWith('sub/deep/Dockerfile')));
    rmSync(join(w.dir, 'sub'), { recursive: true });
    w.svc.fileChanged(join(w.dir, 'sub'), 'deleted');
    assert.ok(!w.svc.workspace.all()!.some((f) => f.path.includes('/sub/')));
  } finally {
    rmSync(w.dir, { recursive: true, force: true });
  }
});

test('an open document wins over the disk until it is closed', () => {
  const w = setup({ 'Dockerfile': DOCKERFILE, 'compose.yaml': COMPOSE });
  try {
    w.svc.indexWorkspace([w.dir]);
    const compose = w.open('compose.yaml');
    assert.deepEqual(w.svc.findings(compose, EN).filter((f) => f.ruleId === 'DC015'), []);
    const edited = w.open('Dockerfile', DOCKERFILE.replace('AS build', 'AS release'));
    assert.deepEqual([...w.svc.documentChanged(edited)], [compose.uri], 'the unsaved edit changes what the Compose file reads');
    assert.deepEqual(w.svc.findings(compose, EN).filter((f) => f.ruleId === 'DC015').map((f) => f.args.suggestion), [undefined]);
    assert.deepEqual([...w.svc.documentClosed(edited)], [compose.uri], 'closed unsaved: the disk counts again');
    assert.deepEqual(w.svc.findings(compose, EN).filter((f) => f.ruleId === 'DC015'), []);
  } finally {
    rmSync(w.dir, { recursive: true, force: true });
  }
});

test('before the index is ready, workspace-wide queries are quiet and say so; the build then re-validates those documents', async () => {
  const w = setup({ 'Dockerfile': DOCKERFILE, 'compose.yaml': COMPOSE, 'k8s.yaml': 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\n' });
  try {
    assert.equal(w.svc.workspace.ready, false);
    assert.deepEqual(w.svc.workspaceSymbols(''), [], 'Ctrl+T: nothing until the index is built');
    assert.equal(w.svc.workspace.all(), undefined);
    // A file named by another is read on demand: the Compose check does not wait for the index.
    assert.deepEqual(w.ids('compose.yaml', COMPOSE.replace('target: build', 'target: nope'), 'DC015'), ['DC015@5']);
    const { view } = w.svc.workspace.view(new Set());
    assert.equal(view.all(), undefined);
    const keys = new Set<string>();
    w.svc.workspace.view(keys).view.all();
    assert.deepEqual([...keys], ['ready']);
    w.svc.workspace.setDependencies('file:///x', keys);
    const { result, revalidate } = await w.svc.buildIndex([w.dir], { sliceMs: 1 });
    assert.equal(result.files, 3);
    assert.ok(revalidate.has('file:///x'), 'a document that waited for the index is validated again');
    assert.deepEqual(w.svc.workspaceSymbols('Service web').map((s) => s.name), ['service web', 'Service web'], 'the Compose service and the Kubernetes Service');
  } finally {
    rmSync(w.dir, { recursive: true, force: true });
  }
});

test('the index is bounded and never leaves the workspace', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 6; i++) files[`d${i}/Dockerfile`] = `FROM alpine:3.20 AS s${i}\n`;
  const outside = tempWorkspace({ 'Dockerfile': 'FROM alpine:3.20 AS secret\n', 'compose.yaml': COMPOSE });
  const w = setup(files, { maxFiles: 4 });
  try {
    symlinkSync(outside, join(w.dir, 'link-dir'));
    symlinkSync(join(outside, 'Dockerfile'), join(w.dir, 'Dockerfile'));
    const r = w.svc.indexWorkspace([w.dir]);
    assert.equal(r.files, 4);
    assert.equal(r.complete, false, 'the limit was reached: the index says it is incomplete');
    assert.equal(w.svc.workspace.complete, false);
    assert.ok(!w.svc.workspace.all()!.some((f) => f.dockerfile?.stages.some((s) => s.name === 'secret')), 'nothing read through links out of the workspace');
    assert.equal(w.svc.workspace.factsOf(join(outside, 'Dockerfile')), undefined);
    unlinkSync(join(w.dir, 'Dockerfile'));
  } finally {
    rmSync(w.dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});

test('when the workspace changes, only the checks that read what changed run again on a document', () => {
  const SVC = 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  selector: { app: web }\n  ports: [{ port: 80 }]\n';
  const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      containers: [{ name: web, image: nginx:1.27 }]\n';
  const dir = tempWorkspace({ 'service.yaml': SVC, 'deploy.yaml': DEPLOY });
  try {
    const runs = new Map<string, number>();
    const counted = ALL_CHECKS.map((c) => ({ ...c, run: (ctx: never) => { runs.set(c.rule, (runs.get(c.rule) ?? 0) + 1); (c.run as (x: never) => void)(ctx); } })) as typeof ALL_CHECKS;
    const svc = createLanguageService({ data: serviceData(), fs: nodeWorkspaceFs([dir]), checks: counted });
    svc.indexWorkspace([dir]);
    const m = svc.parse({ uri: pathToFileURL(join(dir, 'service.yaml')).href, path: join(dir, 'service.yaml'), text: SVC });
    svc.findings(m, EN);
    assert.equal(runs.get('K8S030'), 1);
    assert.equal(runs.get('K8S100'), 1);
    writeFileSync(join(dir, 'deploy.yaml'), DEPLOY.replace(/app: web/g, 'app: api'));
    assert.deepEqual([...svc.fileChanged(join(dir, 'deploy.yaml'), 'changed')], [m.uri]);
    assert.deepEqual(svc.findings(m, EN).filter((f) => f.ruleId === 'K8S030').length, 1);
    assert.equal(runs.get('K8S030'), 2, 'the cross-file check ran again');
    assert.equal(runs.get('K8S100'), 1, 'the structure of this document was not checked again');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
