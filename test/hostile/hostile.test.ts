// Hostile inputs: each must cost bounded work, give a clear diagnostic where one is due, and never read a file
// outside the workspace. Run through the pure service (with a real, confined WorkspaceFs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { createLanguageService } from '../../server/src/service/languageService';
import { loadServiceData } from '../../server/src/service/data/load';
import { nodeWorkspaceFs } from '../../server/src/service/workspace/fs';
import { collectFiles } from '../../server/src/cli';
import { fileKindOf } from '../../server/src/service/formats';
import { DATA_DIR, EN, ROOT } from '../helpers';

const data = loadServiceData(DATA_DIR);

/** Run every feature over a document; returns the rule ids found. Throws if anything throws. */
function exercise(root: string, file: string, text: string): string[] {
  const svc = createLanguageService({ data, fs: nodeWorkspaceFs([root]) });
  // The workspace index is built over the hostile workspace first, as the editor does after start-up.
  svc.indexWorkspace([root]);
  const path = join(root, file);
  const m = svc.parse({ uri: `file://${path}`, path, text });
  const ids = svc.doValidation(m, EN).map((d) => String(d.code));
  svc.documentSymbols(m);
  svc.documentLinks(m);
  svc.workspaceSymbols('a');
  svc.documentChanged(m);
  const last = Math.max(0, m.index.lineCount - 1);
  for (const pos of [{ line: 0, character: 0 }, { line: 0, character: 5 }, { line: last, character: 0 }, { line: last + 5, character: 99 }]) {
    svc.doHover(m, pos, EN);
    svc.doComplete(m, pos, EN);
    svc.doDefinition(m, pos);
    svc.doReferences(m, pos, true);
    svc.doPrepareRename(m, pos, EN);
    svc.doCodeActions(m, { start: pos, end: pos }, EN);
  }
  return ids;
}

function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dh-hostile-')));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

test('a YAML alias bomb ("billion laughs") is never expanded and is reported', () => {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  const root = workspace();
  try {
    assert.ok(exercise(root, 'compose.yaml', `services:\n  web:\n    image: nginx:1.27\nx-bomb:\n  ${lines.join('\n  ')}\n`).includes('YAML002'));
    assert.ok(exercise(root, 'k8s.yaml', `apiVersion: v1\nkind: ConfigMap\ndata:\n  ${lines.join('\n  ')}\n`).includes('YAML002'));
    assert.ok(exercise(root, 'playbook.yml', `- hosts: all\n  vars:\n    ${lines.join('\n    ')}\n  tasks: []\n`).length >= 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('10,000 levels of nesting: not parsed, reported where it goes too deep', () => {
  const root = workspace();
  try {
    const t0 = performance.now();
    assert.deepEqual(exercise(root, 'k8s.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n'), ['GEN001']);
    assert.deepEqual(exercise(root, 'compose.yaml', 'services: ' + '{a: '.repeat(10000) + '1' + '}'.repeat(10000) + '\n'), ['GEN001']);
    // block nesting: each level one space deeper
    let deep = 'apiVersion: v1\nkind: ConfigMap\ndata:\n';
    for (let i = 1; i < 2000; i++) deep += ' '.repeat(i + 1) + `k${i}:\n`;
    assert.deepEqual(exercise(root, 'deep.yaml', deep), ['GEN001']);
    const elapsed = performance.now() - t0;
    assert.ok(elapsed < 5000, `${elapsed} ms`);
    // The diagnostic says where (the line, in the message and the range).
    const svc = createLanguageService({ data });
    const d = svc.doValidation(svc.parse({ uri: 'file:///w/deep.yaml', text: deep }), EN)[0];
    assert.match(String(d.message), /Line \d+ nests collections more than 256 levels deep/);
    assert.equal(d.range.start.line + 1, Number(/Line (\d+)/.exec(String(d.message))![1]));
    assert.ok(d.range.start.line > 100, `line ${d.range.start.line}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a line of a million YAML tokens is not parsed, and says so', () => {
  const root = workspace();
  try {
    const t0 = performance.now();
    assert.deepEqual(exercise(root, 'compose.yaml', 'services: [' + '- '.repeat(1_500_000) + ']\n'), ['GEN001']);
    assert.deepEqual(exercise(root, 'k8s.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata: {a: [' + '"", '.repeat(700_000) + ']}\n'), ['GEN001']);
    const elapsed = performance.now() - t0;
    assert.ok(elapsed < 10000, `${elapsed} ms`);
    const svc = createLanguageService({ data });
    const [d] = svc.doValidation(svc.parse({ uri: 'file:///w/compose.yaml', text: 'services: [' + '- '.repeat(1_500_000) + ']\n' }), EN);
    assert.match(String(d.message), /more than 600,000 YAML tokens by line 1/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a 10 MB single-line file is skipped with a clear diagnostic', () => {
  const root = workspace();
  try {
    assert.deepEqual(exercise(root, 'k8s.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata: {a: "' + 'x'.repeat(10 * 1024 * 1024) + '"}\n'), ['GEN001']);
    assert.deepEqual(exercise(root, 'Dockerfile', 'FROM alpine:3.20\nRUN echo ' + 'x '.repeat(5 * 1024 * 1024)), ['GEN001']);
    assert.deepEqual(exercise(root, 'Dockerfile', 'FROM alpine:3.20\nRUN echo ' + 'x'.repeat(64 * 1024) + '\n'), ['GEN001'], 'one very long line');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('100,000 documents in one file', () => {
  const root = workspace();
  try {
    let s = '';
    for (let i = 0; i < 100000; i++) s += `---\nkind: C\napiVersion: v1\n`;
    assert.deepEqual(exercise(root, 'many.yaml', s), ['GEN001']);
    const svc = createLanguageService({ data });
    assert.match(String(svc.doValidation(svc.parse({ uri: 'file:///w/many.yaml', text: s }), EN)[0].message), /more than 5000 YAML documents/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('Kubernetes: long Lists, thousands of containers, aliases into a pod spec, typos everywhere — bounded and reported', () => {
  const root = workspace();
  try {
    // a List of 5,000 ConfigMaps (about 130,000 tokens), each with an unknown field: the issues per document are capped
    let list = 'apiVersion: v1\nkind: List\nitems:\n';
    for (let i = 0; i < 5000; i++) list += `  - { apiVersion: v1, kind: ConfigMap, metadata: { name: c${i} }, datas: { a: b } }\n`;
    const listIds = exercise(root, 'list.yaml', list);
    assert.ok(listIds.filter((id) => id === 'K8S100').length <= 500, 'issues capped per document');
    assert.ok(listIds.includes('K8S100'));
    // a Deployment with 3,000 containers, each missing its name
    let many = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  selector: { matchLabels: { a: b } }\n  template:\n    metadata: { labels: { a: b } }\n    spec:\n      containers:\n';
    for (let i = 0; i < 3000; i++) many += `        - image: nginx:1.27\n`;
    assert.ok(exercise(root, 'many.yaml', many).includes('K8S102'));
    // one container spec shared through aliases a thousand times: checked once per use, within the alias budget
    let aliases = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nx-c: &c { name: c, image: nginx:1.27, imagePullPolicy: sometimes }\nspec:\n  containers:\n';
    for (let i = 0; i < 1000; i++) aliases += '    - *c\n';
    const aliasIds = exercise(root, 'alias.yaml', aliases);
    assert.ok(aliasIds.includes('K8S100'), 'the extension key x-c is not a Pod field');
    // every field of a pod spec misspelt
    const typos = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n' + Array.from({ length: 2000 }, (_, i) => `  contaners${i}: 1\n`).join('');
    assert.ok(exercise(root, 'typos.yaml', typos).includes('K8S100'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a binary file named Dockerfile', () => {
  const root = workspace();
  try {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    assert.deepEqual(exercise(root, 'Dockerfile', junk), ['GEN002']);
    assert.deepEqual(exercise(root, 'compose.yaml', 'services:\u0000\u0001\u0002'), ['GEN002']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('an inventory range host[1:10000000] is never expanded', () => {
  const root = workspace();
  try {
    exercise(root, 'inventory/hosts', '[web]\nhost[1:10000000].example.com\n\n[db]\ndb[a:z][0:99999]\n');
    exercise(root, 'inventory/hosts.yml', 'all:\n  hosts:\n    host[1:10000000]:\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('kustomization cycles and a 1,000-deep overlay chain: bounded, reported', () => {
  const files: Record<string, string> = { 'a/kustomization.yaml': 'resources:\n  - ../b\n', 'b/kustomization.yaml': 'resources:\n  - ../a\n' };
  for (let i = 0; i < 1000; i++) files[`chain/o${i}/kustomization.yaml`] = i < 999 ? `resources:\n  - ../o${i + 1}\n` : 'resources: []\n';
  const root = workspace(files);
  try {
    assert.ok(exercise(root, 'a/kustomization.yaml', files['a/kustomization.yaml']).includes('KUS002'));
    assert.ok(exercise(root, 'chain/o0/kustomization.yaml', files['chain/o0/kustomization.yaml']).includes('KUS002'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('kustomize build graphs: fan-out, a diamond ladder, cycles and chains under patches, images and replicas — bounded', (t) => {
  const deploy = (name: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${name} }\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: app/${name}\n`;
  const top = 'patches:\n- path: p.yaml\n- patch: |-\n    - op: add\n      path: /spec/replicas\n      value: 2\n  target: { kind: Deployment, name: "w.*" }\nimages:\n- name: app/w0\n  newTag: "1"\nreplicas:\n- name: nowhere\n  count: 2\nconfigMapGenerator:\n- name: c\n  behavior: merge\n';
  const files: Record<string, string> = {};
  // 2,000 bases side by side
  const wide: string[] = [];
  for (let i = 0; i < 2000; i++) {
    files[`wide/b${i}/kustomization.yaml`] = `namePrefix: p${i}-\nresources:\n- d.yaml\n`;
    files[`wide/b${i}/d.yaml`] = deploy(`w${i}`);
    wide.push(`- b${i}`);
  }
  files['wide/kustomization.yaml'] = `resources:\n${wide.join('\n')}\n${top}`;
  files['wide/p.yaml'] = deploy('w1');
  // a ladder of diamonds: every level includes both folders of the next, 2^40 paths
  for (let i = 0; i < 40; i++) for (const side of ['l', 'r']) files[`ladder/${side}${i}/kustomization.yaml`] = i < 39 ? `resources:\n- ../l${i + 1}\n- ../r${i + 1}\n` : 'resources:\n- d.yaml\n';
  files['ladder/l39/d.yaml'] = deploy('w0');
  files['ladder/r39/d.yaml'] = deploy('w0');
  files['ladder/top/kustomization.yaml'] = `resources:\n- ../l0\n${top}`;
  files['ladder/top/p.yaml'] = deploy('w0');
  // a cycle and a 1,000-deep chain, both under patches
  files['cyc/a/kustomization.yaml'] = `resources:\n- ../b\n${top}`;
  files['cyc/a/p.yaml'] = deploy('w0');
  files['cyc/b/kustomization.yaml'] = 'resources:\n- ../a\n';
  for (let i = 0; i < 1000; i++) files[`deep/o${i}/kustomization.yaml`] = i < 999 ? `resources:\n- ../o${i + 1}\n${i === 0 ? top : ''}` : 'resources:\n- d.yaml\n';
  files['deep/o999/d.yaml'] = deploy('w0');
  files['deep/o0/p.yaml'] = deploy('w0');
  const root = workspace(files);
  try {
    for (const [file, expectCycle] of [['wide/kustomization.yaml', false], ['ladder/top/kustomization.yaml', false], ['cyc/a/kustomization.yaml', true], ['deep/o0/kustomization.yaml', true]] as const) {
      const started = Date.now();
      const ids = exercise(root, file, files[file]);
      t.diagnostic(`${file}: ${Date.now() - started} ms, ${ids.join(' ')}`);
      assert.equal(ids.includes('KUS002'), expectCycle, `${file}: ${ids.join(' ')}`);
      // Too large or cyclic: the build is not all known, so nothing is claimed about what it lacks.
      assert.ok(!ids.some((id) => ['KUS012', 'KUS013', 'KUS014', 'KUS015', 'KUS016'].includes(id)), `${file}: ${ids.join(' ')}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('symlink loops do not hang the workspace reads or the CLI walk', () => {
  const root = workspace({ 'app/kustomization.yaml': 'resources:\n  - ../loop\n  - ../self/x.yaml\n' });
  try {
    symlinkSync(join(root, 'loop'), join(root, 'loop2'));
    symlinkSync(join(root, 'loop2'), join(root, 'loop'));
    symlinkSync(root, join(root, 'self'));
    const ids = exercise(root, 'app/kustomization.yaml', 'resources:\n  - ../loop\n  - ../self/x.yaml\n');
    assert.ok(ids.includes('KUS001'));
    const files = collectFiles([root], (p) => fileKindOf(p) !== 'other');
    assert.deepEqual(files.map((f) => f.slice(root.length + 1)), ['app/kustomization.yaml']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('no file outside the workspace is ever opened, stat-ed or read', () => {
  const root = workspace({ 'compose.yaml': '', 'k/kustomization.yaml': '', Dockerfile: '' });
  const outside: string[] = [];
  // Our own code is not the user's files: generated data is required on first use (the Compose validator, the
  // Kubernetes descriptions), and Node's module loader reads those modules (and what they require) then.
  const ownCode = [resolve(ROOT, 'out'), resolve(ROOT, 'node_modules'), realpathSync(resolve(ROOT, 'node_modules'))].map((d) => d + sep);
  const isOwnCode = (p: string) => /\.(?:js|json)$/.test(p) && ownCode.some((d) => p.startsWith(d));
  // The real module object (an ES namespace import would be read-only): the service calls through it at run time.
  const fsMod = require('node:fs') as Record<string, (...a: unknown[]) => unknown>;
  const names = ['readFileSync', 'statSync', 'lstatSync', 'openSync', 'existsSync', 'readdirSync', 'realpathSync', 'accessSync'];
  const saved = new Map(names.map((n) => [n, fsMod[n]]));
  for (const n of names) {
    const orig = saved.get(n)!;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      const p = typeof args[0] === 'string' ? resolve(args[0]) : undefined;
      if (p && !p.startsWith(root) && !p.startsWith(resolve(DATA_DIR)) && !isOwnCode(p)) outside.push(`${n} ${p}`);
      return orig.apply(this, args);
    } as (...a: unknown[]) => unknown;
    if (n === 'realpathSync') Object.assign(wrapped, { native: (orig as unknown as { native: unknown }).native });
    fsMod[n] = wrapped;
  }
  try {
    // The spy works: a read outside the workspace through the module is seen.
    fsMod.existsSync('/etc/hostname');
    assert.deepEqual(outside.splice(0), [`existsSync ${resolve('/etc/hostname')}`]);
    exercise(root, 'k/kustomization.yaml', 'resources:\n  - ../../../../../../etc/passwd\n  - /etc/shadow\npatchesStrategicMerge:\n  - ../../../../root/.ssh/id_rsa\n');
    exercise(root, 'compose.yaml', [
      'services:',
      '  web:',
      '    build:',
      '      context: ../../../../../etc',
      '      dockerfile: ../../../../../etc/passwd',
      '      target: prod',
      '    env_file: ../../../../../../etc/passwd',
      '    volumes:',
      '      - /etc/passwd:/x:ro',
      '      - ../../../../../../root:/r',
      '',
    ].join('\n'));
    exercise(root, 'site.yml', '- hosts: all\n  vars_files:\n    - ../../../../../../etc/passwd\n  tasks:\n    - copy:\n        src: ../../../../../../etc/shadow\n        dest: /tmp/x\n');
    exercise(root, 'Dockerfile', 'FROM alpine:3.20\nCOPY ../../../../etc/passwd /x\nCOPY . .\n');
  } finally {
    for (const [n, f] of saved) fsMod[n] = f;
    rmSync(root, { recursive: true, force: true });
  }
  assert.deepEqual(outside, []);
});
