// Outline, Ctrl+T, find references and rename, for every format the index knows; and the YAML version decision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, TextEdit } from 'vscode-languageserver-types';
import { EN, KO, caret, dedent, model, service, tempWorkspace, workspaceService } from '../helpers';
import { createYamlKind } from '../../server/src/service/kinds/yaml';
import { parseYamlFile } from '../../server/src/service/yaml';

const names = (symbols: DocumentSymbol[]): unknown[] => symbols.map((s) => (s.children?.length ? [s.name, names(s.children)] : s.name));

test('Outline: Dockerfile stages with their instructions', () => {
  const m = model('Dockerfile', 'FROM node:20 AS build\nWORKDIR /app\nRUN npm ci\n\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n');
  assert.deepEqual(names(service().documentSymbols(m)), [['build', ['WORKDIR', 'RUN']], ['stage 1', ['COPY']]]);
  const [build] = service().documentSymbols(m);
  assert.equal(build.detail, 'FROM node:20');
  assert.deepEqual(build.selectionRange, { start: { line: 0, character: 16 }, end: { line: 0, character: 21 } }, 'the stage name is what is selected');
});

test('Outline: Compose sections and names, Kubernetes objects by kind and name, playbooks, task files, inventories', () => {
  assert.deepEqual(names(service().documentSymbols(model('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:16\nvolumes:\n  data:\n'))), [['services', ['web', 'db']], ['volumes', ['data']]]);
  const k8s = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web, namespace: shop }\nspec:\n  template:\n    spec:\n      containers: [{ name: app, image: "shop:1" }]\n---\napiVersion: v1\nkind: Service\nmetadata: { name: web }\n';
  const ks = service().documentSymbols(model('web.yaml', k8s));
  assert.deepEqual(names(ks), [['Deployment web', ['app']], 'Service web']);
  assert.equal(ks[0].detail, 'namespace shop · apps/v1');
  const playbook = dedent(`
    - name: Web
      hosts: web
      tasks:
        - name: Install nginx
          ansible.builtin.apt: { name: nginx }
        - block:
            - ansible.builtin.command: /bin/true
          rescue:
            - name: Report
              ansible.builtin.debug: { msg: failed }
      handlers:
        - name: Restart nginx
          ansible.builtin.service: { name: nginx, state: restarted }
  `);
  assert.deepEqual(names(service().documentSymbols(model('site.yml', playbook))), [['Web', [['tasks', ['Install nginx', ['block', ['ansible.builtin.command', 'Report']]]], ['handlers', ['Restart nginx']]]]]);
  assert.deepEqual(names(service().documentSymbols(model('roles/web/tasks/main.yml', '- name: A\n  ansible.builtin.ping:\n- name: B\n  ansible.builtin.ping:\n'))), ['A', 'B']);
  assert.deepEqual(names(service().documentSymbols(model('inventory/hosts', '[web]\nweb1 ansible_host=10.0.0.1\n[db]\ndb1\n[prod:children]\nweb\ndb\n[web:vars]\nhttp_port=80\n'))), [['web', ['web1', 'http_port']], ['db', ['db1']], ['prod', ['web', 'db']]]);
  assert.deepEqual(names(service().documentSymbols(model('inventory/hosts.yml', 'all:\n  children:\n    web:\n      hosts:\n        web1:\n'))), [['all', [['web', ['web1']]]]]);
  assert.deepEqual(names(service().documentSymbols(model('overlays/prod/kustomization.yaml', 'namespace: prod\nresources:\n  - ../../base\n  - ingress.yaml\npatches:\n  - path: replicas.yaml\nimages:\n  - name: web\n    newTag: "1.2"\n'))), ['namespace', ['resources', ['../../base', 'ingress.yaml']], ['patches', ['replicas.yaml']], ['images', ['web']]]);
  assert.deepEqual(service().documentSymbols(model('notes.yaml', 'a: 1\n')), [], 'plain YAML has no Outline of ours');
});

const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n    links: ["db:database"]\n    volumes: ["data:/var/lib/data"]\n  db:\n    image: postgres:16\n    network_mode: "service:web"\nvolumes:\n  data: {}\n';

test('Compose: find references lists the definition, then every use', () => {
  const { text, position } = caret(COMPOSE.replace('  db:\n    image: postgres', '  d|b:\n    image: postgres'));
  const m = model('compose.yaml', text);
  const refs = service().doReferences(m, position, true).map((l) => `${l.range.start.line + 1}:${l.range.start.character + 1}-${l.range.end.character + 1}`);
  assert.deepEqual(refs, ['7:3-5', '4:18-20', '5:14-16']);
  assert.deepEqual(service().doReferences(m, position, false).length, 2, 'without the declaration');
  // From a use, the same list.
  const use = caret(COMPOSE.replace('links: ["db:database"]', 'links: ["d|b:database"]'));
  assert.deepEqual(service().doReferences(model('compose.yaml', use.text), use.position, true).length, 3);
});

function applyAll(text: string, edits: TextEdit[]): string {
  const m = model('x.yaml', text);
  return [...edits].sort((a, b) => m.index.offsetAt(b.range.start) - m.index.offsetAt(a.range.start)).reduce((t, e) => t.slice(0, m.index.offsetAt(e.range.start)) + e.newText + t.slice(m.index.offsetAt(e.range.end)), text);
}

test('Compose: rename a service, a volume: the definition and every use (parts of scalars included) change', () => {
  const at = caret(COMPOSE.replace('  web:\n', '  w|eb:\n'));
  const m = model('compose.yaml', at.text);
  const prep = service().doPrepareRename(m, at.position, EN);
  assert.deepEqual(prep, { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } }, placeholder: 'web' });
  const edit = service().doRename(m, at.position, 'frontend', EN) as { changes: Record<string, TextEdit[]> };
  const renamed = applyAll(at.text, edit.changes[m.uri]);
  assert.equal(renamed, COMPOSE.replace('  web:\n', '  frontend:\n').replace('"service:web"', '"service:frontend"'));
  assert.deepEqual(service().findings(model('compose.yaml', renamed), EN).filter((f) => f.ruleId === 'DC006'), [], 'still valid after the rename');
  const vol = caret(COMPOSE.replace('volumes: ["data:', 'volumes: ["d|ata:'));
  const vm = model('compose.yaml', vol.text);
  const ve = service().doRename(vm, vol.position, 'pgdata', EN) as { changes: Record<string, TextEdit[]> };
  assert.equal(applyAll(vol.text, ve.changes[vm.uri]), COMPOSE.replace('"data:/var', '"pgdata:/var').replace('  data: {}', '  pgdata: {}'));
});

test('Compose: rename is refused where it is not safe, with the reason in the user’s language', () => {
  const undefinedRef = caret('services:\n  web:\n    image: nginx:1.27\n    depends_on: [d|bb]\n');
  const r = service().doPrepareRename(model('compose.yaml', undefinedRef.text), undefinedRef.position, KO) as { error: string };
  assert.match(r.error, /dbb/);
  assert.match(r.error, /[가-힣]/);
  assert.doesNotMatch(r.error, /`/, 'plain text');
  const include = caret('include: [other.yaml]\nservices:\n  w|eb:\n    image: nginx:1.27\n');
  assert.ok('error' in (service().doPrepareRename(model('compose.yaml', include.text), include.position, EN) as object));
  const ok = caret(COMPOSE.replace('  web:\n', '  w|eb:\n'));
  assert.ok('error' in (service().doRename(model('compose.yaml', ok.text), ok.position, 'bad name!', EN) as object), 'an invalid name');
  assert.ok('error' in (service().doRename(model('compose.yaml', ok.text), ok.position, 'db', EN) as object), 'a name that exists');
  assert.equal(service().doPrepareRename(model('compose.yaml', ok.text), { line: 2, character: 6 }, EN), null, 'nothing renamable under the cursor');
  const dir = tempWorkspace({ 'compose.yaml': COMPOSE, 'compose.override.yaml': 'services:\n  web:\n    ports: ["80:80"]\n' });
  try {
    const svc = workspaceService(dir);
    const m = svc.parse({ uri: pathToFileURL(join(dir, 'compose.yaml')).href, path: join(dir, 'compose.yaml'), text: ok.text });
    assert.match((svc.doPrepareRename(m, ok.position, EN) as { error: string }).error, /compose\.override\.yaml/, 'an override file merged onto it may use the name');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Dockerfile: a stage name is found and renamed everywhere — FROM, --from, mount from=, and the Compose build.target of the workspace', () => {
  const df = 'FROM node:20 AS build\nRUN npm ci\nFROM build AS test\nRUN --mount=type=bind,from=build,source=/app,target=/src true\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n';
  const compose = 'services:\n  web:\n    build:\n      context: .\n      target: build\n';
  const dir = tempWorkspace({ Dockerfile: df, 'compose.yaml': compose });
  try {
    const svc = workspaceService(dir);
    svc.indexWorkspace([dir]);
    const m = svc.parse({ uri: pathToFileURL(join(dir, 'Dockerfile')).href, path: join(dir, 'Dockerfile'), text: df });
    const at = { line: 5, character: 13 }; // --from=b|uild
    const refs = svc.doReferences(m, at, true).map((l) => `${l.uri.endsWith('compose.yaml') ? 'compose' : 'Dockerfile'}:${l.range.start.line + 1}:${l.range.start.character + 1}`);
    assert.deepEqual(refs, ['Dockerfile:1:17', 'Dockerfile:3:6', 'Dockerfile:4:28', 'Dockerfile:6:13', 'compose:5:15']);
    const edit = svc.doRename(m, at, 'builder', EN) as { changes: Record<string, TextEdit[]> };
    assert.equal(applyAll(df, edit.changes[m.uri]), 'FROM node:20 AS builder\nRUN npm ci\nFROM builder AS test\nRUN --mount=type=bind,from=builder,source=/app,target=/src true\nFROM nginx:1.27\nCOPY --from=builder /app/dist /usr/share/nginx/html\n');
    const composeUri = Object.keys(edit.changes).find((u) => u.endsWith('compose.yaml'))!;
    assert.equal(applyAll(compose, edit.changes[composeUri]), compose.replace('target: build', 'target: builder'));
    assert.ok('error' in (svc.doRename(m, at, '1stage', EN) as object), 'a stage name starts with a letter');
    assert.ok('error' in (svc.doRename(m, at, 'TEST', EN) as object), 'stage names are case-insensitive: TEST is taken');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Ctrl+T finds names by what they are: service, Deployment, stage, handler, group', () => {
  const dir = tempWorkspace({
    'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
    'k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\n',
    'Dockerfile': 'FROM node:20 AS build\n',
    'site.yml': '- hosts: web\n  tasks: []\n  handlers:\n    - name: Restart nginx\n      ansible.builtin.service: { name: nginx, state: restarted }\n',
    'inventory/hosts': '[web]\nweb1\n',
  });
  try {
    const svc = workspaceService(dir);
    svc.indexWorkspace([dir]);
    const find = (q: string) => svc.workspaceSymbols(q).map((s) => s.name);
    assert.deepEqual(find('service web'), ['service web']);
    assert.deepEqual(find('Deployment'), ['Deployment web']);
    assert.deepEqual(find('handler Restart'), ['handler Restart nginx']);
    assert.deepEqual(find('stage'), ['stage build']);
    assert.deepEqual(find('group web'), ['group web']);
    assert.ok(find('web').length >= 4, 'a bare name finds every kind of it');
    const [s] = svc.workspaceSymbols('handler Restart');
    assert.ok(s.location.uri.endsWith('/site.yml'));
    assert.equal(s.location.range.start.line, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a YAML file is parsed at most twice: once in the version the path and first line suggest, once more if the documents say otherwise', () => {
  const calls: string[] = [];
  const kind = createYamlKind({ parse: (text, version) => (calls.push(version), parseYamlFile(text, version)) });
  const parse = (path: string, text: string) => {
    calls.length = 0;
    const r = kind.parse({ path, text });
    return { calls: [...calls], version: (r.parsed as { version: string }).version, formats: r.units.map((u) => u.format) };
  };
  assert.deepEqual(parse('/w/site.yml', '- hosts: all\n  become: yes\n'), { calls: ['1.1'], version: '1.1', formats: ['ansible-playbook'] });
  assert.deepEqual(parse('/w/k8s.yaml', 'apiVersion: v1\nkind: Pod\n'), { calls: ['1.2'], version: '1.2', formats: ['kubernetes'] });
  assert.deepEqual(parse('/w/tasks/x.yml', 'apiVersion: v1\nkind: Pod\n'), { calls: ['1.1', '1.2'], version: '1.2', formats: ['kubernetes'] }, 'guessed Ansible from the folder, wrong');
  assert.deepEqual(parse('/w/x.yml', 'apiVersion: v1\nkind: ConfigMap\n---\n- hosts: all\n'), { calls: ['1.2', '1.1'], version: '1.1', formats: ['kubernetes', 'ansible-playbook'] }, 'an Ansible document the first line did not show');
  // Whatever the documents say after the second parse, there is no third.
  assert.deepEqual(parse('/w/tasks/odd.yml', '- yes: 1\n  hosts: a\n---\n- hosts: b\n').calls.length <= 2, true);
});
