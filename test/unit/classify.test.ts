import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, model } from '../helpers';
import { isInventoryPath, looksLikeGoTemplate, probablyAnsible } from '../../server/src/service/classify';
import { fileKindOf as fileKind } from '../../server/src/service/formats';
import { yamlDocs, yamlFileOf } from '../../server/src/service/kinds/yaml';

/** The formats of each YAML document of a file (null = none of ours). */
function formats(path: string, text: string, languageId?: string): (string | null)[] {
  const m = model(path, dedent(text), languageId);
  if (m.kind === 'dockerfile') return m.units.map((u) => u.format);
  return yamlDocs(m).map((d) => d.format);
}

test('file kinds come from the language id and the file name', () => {
  assert.equal(fileKind('/p/Dockerfile'), 'dockerfile');
  assert.equal(fileKind('/p/Dockerfile.prod'), 'dockerfile');
  assert.equal(fileKind('/p/api.Dockerfile'), 'dockerfile');
  assert.equal(fileKind('/p/Containerfile'), 'dockerfile');
  assert.equal(fileKind('/p/build.txt', 'dockerfile'), 'dockerfile');
  assert.equal(fileKind('/p/Dockerfile.md'), 'dockerfile', 'Dockerfile.<suffix> is a Dockerfile by convention');
  assert.equal(fileKind('/p/docs/README.md'), 'other');
  assert.equal(fileKind('/p/app.yaml'), 'yaml');
  assert.equal(fileKind('/p/x', 'dockercompose'), 'yaml');
  assert.equal(fileKind('/p/inventory/prod'), 'inventory');
  assert.equal(fileKind('/p/site.inv'), 'inventory');
  assert.equal(fileKind('/p/hosts'), 'inventory');
  assert.equal(fileKind('/p/config.ini'), 'other', 'an .ini file outside an inventory folder is not an inventory');
  assert.ok(isInventoryPath('/p/inventories/staging/hosts.ini'));
  assert.equal(fileKind('/p/orchestration/hosts.ini'), 'inventory', 'hosts.ini is an inventory wherever it is');
  assert.equal(fileKind('/p/deploy/inventory-ansible'), 'inventory');
  assert.equal(fileKind('/p/inventory.example'), 'inventory');
  assert.equal(fileKind('/p/inventory.py'), 'other', 'a dynamic inventory script is a program, not an INI file');
  assert.equal(fileKind('/p/hosts.yml'), 'yaml');
});

test('Kubernetes: apiVersion + kind, every document of a multi-document file', () => {
  assert.deepEqual(formats('k8s/app.yaml', `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: a }
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: a }
    ---
    # just a comment
  `), ['kubernetes', 'kubernetes', null]);
});

test('Kustomize: by file name or by its API group, never as a Kubernetes manifest', () => {
  assert.deepEqual(formats('overlays/prod/kustomization.yaml', 'resources:\n  - ../../base\n'), ['kustomize']);
  assert.deepEqual(formats('x/kustom.yaml', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n'), ['kustomize']);
  assert.deepEqual(formats('x/component.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n'), ['kustomize']);
  assert.deepEqual(formats('overlays/prod/kustomization.yaml', ''), ['kustomize'], 'an empty kustomization is still one');
});

test('Compose: by name, by language id, or by unmistakable content', () => {
  assert.deepEqual(formats('docker-compose.yml', 'version: "3.8"\nservices:\n  web:\n    build: .\n'), ['compose']);
  assert.deepEqual(formats('compose.prod.yaml', 'services:\n  web: {}\n'), ['compose']);
  assert.deepEqual(formats('stack.yml', 'services:\n  db:\n    image: postgres:16\nvolumes:\n  data: {}\n'), ['compose']);
  assert.deepEqual(formats('whatever.yml', 'services:\n  web:\n    image: nginx\n', 'dockercompose'), ['compose']);
  assert.deepEqual(formats('compose.yaml', ''), ['compose']);
});

test('CI configs are none of ours', () => {
  // GitHub Actions: jobs/steps with `uses` and `run`
  assert.deepEqual(formats('.github/workflows/ci.yml', `
    name: CI
    on: [push]
    jobs:
      build:
        runs-on: ubuntu-latest
        services:
          redis:
            image: redis
        steps:
          - uses: actions/checkout@v4
          - run: npm test
  `), [null]);
  // GitLab CI: `services` is a list of images, and there are other top-level keys
  assert.deepEqual(formats('.gitlab-ci.yml', `
    image: node:20
    services:
      - postgres:16
    test:
      script: [npm test]
  `), [null]);
  assert.deepEqual(formats('.travis.yml', 'language: node_js\nnode_js: ["20"]\nservices:\n  - docker\n'), [null]);
});

test('a Helm template is not YAML: the file is left alone', () => {
  const text = dedent(`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "app.fullname" . }}
    spec:
      replicas: {{ .Values.replicaCount }}
  `);
  assert.ok(looksLikeGoTemplate(text));
  const m = model('chart/templates/deployment.yaml', text);
  assert.equal(m.skipped, 'template');
  assert.equal(m.formats.size, 0);
  // Ansible's Jinja inside quoted values is not a Go template
  assert.ok(!looksLikeGoTemplate('- name: x\n  debug:\n    msg: "{{ item }}"\n'));
});

test('plain YAML configs are none of ours', () => {
  assert.deepEqual(formats('config/app.yaml', 'server:\n  port: 8080\ndatabase:\n  url: postgres://db\n'), [null]);
  assert.deepEqual(formats('chart/Chart.yaml', 'apiVersion: v2\nname: app\nversion: 0.1.0\n'), [null], 'Chart.yaml has apiVersion but no kind');
  assert.deepEqual(formats('mkdocs.yml', 'site_name: Docs\nnav:\n  - Home: index.md\n'), [null]);
  assert.deepEqual(formats('api.yaml', 'services:\n  api:\n    url: http://x\n    timeout: 3\n'), [null], 'a `services` map without Compose keys');
  assert.deepEqual(formats('list.yaml', '- name: alice\n  email: a@example.com\n- name: bob\n  email: b@example.com\n'), [null], 'a list of records with `name` is not a task list');
  assert.deepEqual(formats('empty.yaml', ''), [null]);
});

test('Ansible playbooks, task files, vars and YAML inventories', () => {
  assert.deepEqual(formats('site.yml', '- hosts: web\n  become: yes\n  tasks:\n    - name: ping\n      ping:\n'), ['ansible-playbook']);
  assert.deepEqual(formats('site.yml', '- import_playbook: web.yml\n- import_playbook: db.yml\n'), ['ansible-playbook']);
  assert.deepEqual(formats('roles/web/tasks/main.yml', '- name: Install\n  apt:\n    name: nginx\n'), ['ansible-tasks']);
  assert.deepEqual(formats('roles/web/tasks/main.yml', '- name: Install nginx\n'), ['ansible-tasks'], 'a first task still being written');
  assert.deepEqual(formats('docs/main.yml', '- name: Install nginx\n'), [null], 'outside a tasks folder a list of names is not enough');
  assert.deepEqual(formats('roles/web/handlers/main.yml', '- name: restart nginx\n  service: name=nginx state=restarted\n'), ['ansible-tasks']);
  assert.deepEqual(formats('setup.yml', '- ansible.builtin.debug:\n    msg: hi\n- community.general.ufw:\n    rule: allow\n'), ['ansible-tasks'], 'FQCN modules outside a tasks folder');
  assert.deepEqual(formats('group_vars/all.yml', 'ntp_server: pool.ntp.org\n'), ['ansible-vars']);
  assert.deepEqual(formats('host_vars/web1/main.yml', 'port: 80\n'), ['ansible-vars']);
  assert.deepEqual(formats('roles/web/defaults/main.yml', 'nginx_port: 80\n'), ['ansible-vars']);
  assert.deepEqual(formats('roles/web/meta/main.yml', 'galaxy_info:\n  author: me\ndependencies:\n  - common\n'), ['ansible-meta']);
  assert.deepEqual(formats('meta/main.yml', 'galaxy_info:\n  role_name: web\n'), ['ansible-meta'], "a role's own repository");
  assert.deepEqual(formats('meta/main.yml', 'title: docs\n'), [null]);
  // Files named by vars_files / include_vars: by name or folder, when every key is a variable name.
  assert.deepEqual(formats('playbooks/vars.yml', 'app_user: deploy\napp_port: 8080\n'), ['ansible-vars']);
  assert.deepEqual(formats('provisioning/vars/main.yml', 'domain: example.com\n'), ['ansible-vars']);
  assert.deepEqual(formats('web_vars.yml', 'port: 80\n'), ['ansible-vars']);
  assert.deepEqual(formats('vars.yml', 'my-key: 1\nother: 2\n'), [null], 'a key that is no variable name: not a vars file');
  assert.deepEqual(formats('config/settings.yml', 'port: 80\n'), [null], 'any other YAML map stays unclassified');
  assert.deepEqual(formats('prod.yml', 'all:\n  children:\n    web:\n      hosts:\n        web1:\n'), ['ansible-inventory']);
  assert.deepEqual(formats('inventory/hosts.yml', 'web:\n  hosts:\n    web1: {}\ndb:\n  hosts:\n    db1: {}\n'), ['ansible-inventory']);
});

test('Ansible documents are parsed as YAML 1.1 (yes/no are booleans)', () => {
  const m = model('site.yml', '- hosts: all\n  become: yes\n');
  assert.equal(yamlFileOf(m)?.version, '1.1');
  const k = model('k8s.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: yes\n');
  assert.equal(yamlFileOf(k)?.version, '1.2');
  // Whatever the first guess (from the path or the first line), the version follows the classification.
  const inTasks = model('roles/x/tasks/k8s.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: yes\n');
  assert.deepEqual([yamlFileOf(inTasks)?.version, yamlDocs(inTasks)[0].format, yamlDocs(inTasks)[0].yaml.doc.toJS().data.a], ['1.2', 'kubernetes', 'yes']);
  const plain = model('list.yaml', '- a: yes\n- b\n');
  assert.deepEqual([yamlFileOf(plain)?.version, yamlDocs(plain)[0].format], ['1.2', null]);
  const missed = model('deploy.yml', '# deploy\nplaybook_marker: 1\n---\n- hosts: all\n  become: yes\n');
  assert.equal(yamlFileOf(missed)?.version, '1.1');
  assert.equal(yamlDocs(missed)[1].yaml.doc.toJS()[0].become, true);
});

test('the YAML version is guessed before parsing from the language id, the path and the first line', () => {
  assert.equal(probablyAnsible('/w/site.yml', '---\n# play\n- hosts: all\n'), true);
  assert.equal(probablyAnsible('/w/site.yml', '-\n  hosts: all\n'), true);
  assert.equal(probablyAnsible('/w/x.yml', 'a: 1\n', 'ansible'), true);
  assert.equal(probablyAnsible('/w/roles/web/tasks/main.yml', 'x: 1\n'), true);
  assert.equal(probablyAnsible('/w/group_vars/all.yml', 'port: 80\n'), true);
  assert.equal(probablyAnsible('/w/k8s.yaml', '# k8s\napiVersion: v1\nkind: Pod\n'), false);
  assert.equal(probablyAnsible('/w/compose.yaml', 'services:\n  web:\n    ports:\n      - "80:80"\n'), false);
  assert.equal(probablyAnsible('/w/x.yaml', '-1: negative key\n'), false);
});

test('Dockerfiles and INI inventories', () => {
  assert.deepEqual(formats('Dockerfile', 'FROM alpine:3.20\n'), ['dockerfile']);
  const inv = model('inventory/hosts', '[web]\nweb1\n');
  assert.deepEqual([...inv.formats], ['ansible-inventory']);
});

test('binary content and huge files are not analysed', () => {
  assert.equal(model('Dockerfile', 'FROM \u0000\u0001\u0002').skipped, 'binary');
  assert.equal(model('big.yaml', 'a: ' + 'x'.repeat(5 * 1024 * 1024 + 10)).skipped, 'too-large');
});
