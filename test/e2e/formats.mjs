// What the real-editor tests expect, per format: one row per format, as data. A format issue adds or completes
// its row here; both the browser e2e run (test/e2e/run.mjs) and the extension-host suite (test/vscode/) read it.
//
// Files are relative to examples/ (the tests work on a temporary copy of it). Positions are 1-based, like the
// editor's status bar: 'line:col', or { text, occurrence = 1, offset = 1 } = `offset` characters into the
// `occurrence`-th match of `text` in the file.
//
// Hover and quick-fix texts are the Korean ones (the tests run with `devopsHints.language: "ko"`); `english`
// is checked after switching the setting to "en". Hover regexes are matched against the text the editor shows
// (rendered markdown: no `**`), and in the extension-host suite against the markdown source, so write them to
// match both (no `^` before a bold title, no markdown syntax).
//
// A feature that is absent from a row is reported as "pending" (not yet supported for that format), never as a
// pass. `problems` is the exact list of DevOps Hints problems for the file (other sources are ignored).
// Types: formats.d.mts.

/** @type {import('./formats.d.mts').FormatRow[]} */
export const FORMATS = [
  {
    format: 'Dockerfile',
    file: 'docker/Dockerfile',
    languageId: 'dockerfile',
    hover: [
      {
        at: { text: 'FROM' },
        expect: [/FROM — 베이스 이미지/, /베이스 이미지를 정합니다/, /📒 강의 노트: /, /📘 /],
      },
      { at: { text: 'COPY' }, expect: [/COPY — 파일 복사/, /빌드 컨텍스트/, /📘 /] },
    ],
    english: { at: { text: 'COPY' }, expect: [/COPY — copy files/, /build context/, /📘 /] },
    englishProblem: { code: 'DF001', line: 6, message: /Use COPY instead of ADD for local files/ },
    problems: [{ code: 'DF001', line: 6 }],
    completion: { at: '8:1', expectLabels: ['FROM', 'RUN', 'COPY', 'WORKDIR', 'HEALTHCHECK'] },
    snippet: { prefix: 'dh-apt', expectText: 'apt-get install -y --no-install-recommends curl ca-certificates' },
    quickFix: { code: 'DF001', line: 6, title: 'ADD를 COPY로 바꾸기', expectText: 'COPY src ./src' },
  },
  {
    format: 'Kubernetes',
    file: 'kubernetes/deployment.yaml',
    languageId: 'yaml',
    hover: [
      { at: { text: 'replicas' }, expect: [/spec\.replicas — 유지할 파드 개수/, /파드의 개수/, /📘 /] },
      { at: { text: 'maxSurge' }, expect: [/maxSurge — replicas보다 더 띄울 수 있는 파드 수/, /업데이트 중 파드는 최대 4개/, /📒 강의 노트: /] },
      { at: { text: 'image:' }, expect: [/image — 컨테이너 이미지/, /이미지 참조/] },
    ],
    english: { at: { text: 'replicas' }, expect: [/spec\.replicas — how many pods to keep running/, /number of pods/] },
    englishProblem: { code: 'K8S100', line: 18, message: /has no field “minReadyHistoryLimit”\. Did you mean “revisionHistoryLimit”\?/ },
    // The notes' `minReadyHistoryLimit` (an error); hints (probes, resources …) are not in the Problems panel.
    problems: [{ code: 'K8S100', line: 18 }],
    // A new field of the container: after `image: …`, Enter, then ask for completion.
    completion: {
      at: { text: 'nginxdemos/hello:latest', offset: 'nginxdemos/hello:latest'.length },
      type: '\n',
      expectLabels: ['imagePullPolicy', 'env', 'volumeMounts'],
    },
    // A second object in the file: a ConfigMap after `---` (only manifests are offered there).
    snippet: { prefix: 'dh-configmap', type: '---\n', expectText: 'kind: ConfigMap' },
    quickFix: {
      code: 'K8S100',
      line: 18,
      title: '이름 바꾸기: “minReadyHistoryLimit” → “revisionHistoryLimit”',
      expectText: 'revisionHistoryLimit: 5',
    },
  },
  {
    format: 'Compose',
    file: 'compose/compose.yaml',
    languageId: 'dockercompose',
    hover: [
      { at: { text: 'ports' }, expect: [/ports — 포트 게시/, /호스트 포트를 컨테이너 포트에 연결/] },
      { at: { text: 'restart' }, expect: [/restart — 재시작 정책/, /unless-stopped/] },
    ],
    english: { at: { text: 'ports' }, expect: [/ports — published ports/] },
    problems: [{ code: 'DC017', line: 14 }],
    // A new key in the grafana service: the end of `restart: unless-stopped`, Enter, then ask for completion.
    completion: {
      at: { text: 'unless-stopped', offset: 'unless-stopped'.length },
      type: '\n',
      expectLabels: ['healthcheck', 'command', 'container_name'],
    },
    // A healthcheck for db (a key of a service): the end of its `image:` line, Enter, the prefix.
    snippet: { prefix: 'dh-healthcheck', at: { text: 'mysql:8.4', offset: 'mysql:8.4'.length }, type: '\n', expectText: 'start_period: 10s' },
    quickFix: {
      code: 'DC017',
      line: 14,
      // db (mysql:8.4) has no healthcheck: the fix adds one (mysqladmin ping) and waits for it.
      title: 'healthcheck를 추가하고 condition: service_healthy로 기다리기 (대상: db)',
      expectText: 'condition: service_healthy',
    },
  },
  {
    format: 'Kustomize',
    file: 'kustomize/dev/kustomization.yaml',
    languageId: 'yaml',
    hover: [
      // The field, and what it does to this very build: the base's Deployment and Service get the prefix.
      { at: { text: 'namePrefix' }, expect: [/namePrefix — 모든 이름 앞에 붙일 말/, /Deployment `?hello`? → `?dev-hello/, /📒 강의 노트: /] },
      { at: { text: 'newTag' }, expect: [/images\[\]\.newTag — 바꿔 넣을 태그/, /📘 /] },
    ],
    english: { at: { text: 'namespace' }, expect: [/namespace — namespace for every resource/, /Deployment `?dev-hello`? goes to namespace `?demo/] },
    englishProblem: { code: 'KUS010', line: 9, message: /“commonLabels” is deprecated in kustomize v5/ },
    // The notes' v4-style fields: deprecated in kustomize v5, each with its rewrite.
    problems: [
      { code: 'KUS010', line: 9 },
      { code: 'KUS010', line: 14 },
    ],
    // A new field of the images entry: after `newTag: "0.4"`, Enter, then ask for completion.
    completion: { at: { text: '"0.4"', offset: 5 }, type: '\n', expectLabels: ['newName', 'digest'] },
    // A top-level field of the kustomization on a new last line.
    snippet: { prefix: 'dh-configmap-generator', expectText: 'configMapGenerator:' },
    quickFix: {
      code: 'KUS010',
      line: 14,
      title: 'v5 형태로 바꾸기: “patchesStrategicMerge” → “patches”',
      expectText: '- path: replicas.yaml',
    },
    // kubectl builds it (only on request): the preview opens beside the kustomization.
    command: { label: 'DevOps Hints: Preview kustomize build', id: 'devopsHints.previewKustomizeBuild', tab: 'kustomize-build.yaml', expectText: ['kind: Service', 'name: dev-hello', 'namespace: demo'] },
  },
  {
    format: 'Ansible playbook',
    file: 'ansible/playbook.yml',
    languageId: 'yaml',
    hover: [
      { at: { text: 'group:' }, expect: [/group — 리눅스 그룹 만들기·지우기/, /이미 있으면 그대로 둡니다/, /📒 강의 노트: /] },
      // The notes' handler rules: once, after the play's tasks, in definition order.
      { at: { text: 'notify:' }, expect: [/notify/, /정의된 순서를 따릅니다/, /📒 강의 노트: .*Handler/] },
    ],
    english: { at: { text: 'group:' }, expect: [/group — Create and remove groups/, /left alone/] },
    englishProblem: { code: 'ANS050', line: 16, message: /calls the handler “Start Nginx”, which does not exist\. Did you mean “Restart nginx”\?/ },
    // The notes' mistakes: `status` for `state`, a notify naming no handler; and the short module name (info).
    problems: [
      { code: 'ANS034', line: 10 },
      { code: 'ANS007', line: 12 },
      { code: 'ANS050', line: 16 },
    ],
    // A new option of the group module: after `name: "{{ item }}"`, Enter, then ask for completion.
    completion: { at: { text: '"{{ item }}"', offset: '"{{ item }}"'.length }, type: '\n', expectLabels: ['state', 'gid', 'system'] },
    // A new task of the play (a task list item, four spaces in): block / rescue / always.
    snippet: { prefix: 'dh-block', type: '    ', expectText: 'Download the release' },
    quickFix: { code: 'ANS007', line: 12, title: '이름 바꾸기: “status” → “state”', expectText: 'state: present' },
  },
  {
    format: 'Ansible inventory',
    file: 'ansible/inventory/hosts.ini',
    languageId: 'ini',
    hover: [
      { at: { text: 'web]' }, expect: [/인벤토리 그룹/, /호스트 2개/, /📒 강의 노트: /] },
      { at: { text: 'ansible_host' }, expect: [/ansible_host/, /실제로 접속할 주소/] },
    ],
    english: { at: { text: 'web]' }, expect: [/Inventory group/, /2 hosts/] },
    englishProblem: { code: 'ANS070', line: 4, message: /“anssible_host” is not a connection variable Ansible knows; it looks like a typo of “ansible_host”/ },
    // The notes' inventory typos: `anssible_host`, and `ansible_user-ubuntu` without `=` (the file cannot be read).
    problems: [
      { code: 'ANS070', line: 4 },
      { code: 'ANS071', line: 4 },
    ],
    // Another variable for web1: after its address, a space, then ask for completion.
    completion: { at: { text: '192.0.2.10', offset: '192.0.2.10'.length }, type: ' ', expectLabels: ['ansible_user', 'ansible_port'] },
    quickFix: { code: 'ANS070', line: 4, title: '이름 바꾸기: “anssible_host” → “ansible_host”', expectText: 'web2 ansible_host=192.0.2.11' },
  },
];

/**
 * The hovers people meet most, each of which must show its docs link (📘) without scrolling the hover — also where
 * the line has a problem, which VS Code puts above the hover's text. Files and positions as in the rows above.
 */
export const GLANCE = [
  { file: 'docker/Dockerfile', at: { text: 'FROM' } },
  { file: 'docker/Dockerfile', at: { text: 'RUN' } },
  { file: 'docker/Dockerfile', at: { text: 'ADD' } }, // DF001 on this line
  { file: 'docker/Dockerfile', at: { text: 'EXPOSE' } },
  { file: 'compose/compose.yaml', at: { text: 'image' } },
  { file: 'compose/compose.yaml', at: { text: 'ports' } },
  { file: 'compose/compose.yaml', at: { text: 'depends_on' } }, // DC017 on this line
  { file: 'kubernetes/deployment.yaml', at: { text: 'Deployment' } },
  { file: 'kubernetes/deployment.yaml', at: { text: 'replicas' } },
  { file: 'ansible/playbook.yml', at: { text: 'hosts' } },
];

/**
 * Resolve a position spec against a file's text.
 * @param {string} text
 * @param {import('./formats.d.mts').At} at
 * @returns {{ line: number, col: number }} 1-based
 */
export function resolvePosition(text, at) {
  if (typeof at === 'string') {
    const m = /^(\d+):(\d+)$/.exec(at);
    if (!m) throw new Error(`bad position ${JSON.stringify(at)}: want 'line:col'`);
    return { line: Number(m[1]), col: Number(m[2]) };
  }
  const occurrence = at.occurrence ?? 1;
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = text.indexOf(at.text, index + 1);
    if (index < 0) throw new Error(`${JSON.stringify(at.text)} occurs fewer than ${occurrence} times`);
  }
  const offset = index + (at.offset ?? 1);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

/** A row's hover checks as a list (`hover` may be one check or several). */
export function hoversOf(row) {
  return row.hover ? [].concat(row.hover) : [];
}

/** The features a row does not cover yet, for the "pending" report. */
export function pendingOf(row) {
  if (row.pending) return [`all features: ${row.pending}`];
  const out = [];
  if (!row.hover) out.push('hover');
  if (!row.problems) out.push('problems');
  if (!row.completion) out.push('completion');
  if (!row.snippet) out.push('snippet');
  if (!row.quickFix) out.push('quick fix');
  return out;
}

/**
 * What the real editor must show of the workspace index and navigation (files relative to examples/):
 * - `index`: `edit` renames a Dockerfile stage (unsaved, in the editor); the Compose file that builds that stage,
 *   open beside it and never touched, must then show `problem`; reverting the Dockerfile takes it away again.
 * - `outline`: the Outline view of `file` lists `expect` (names, in order).
 * - `symbol`: Ctrl+T with `query` lists `expect`, and choosing it opens `opens`.
 * @type {import('./formats.d.mts').WorkspaceChecks}
 */
export const WORKSPACE = {
  index: {
    compose: 'app/compose.yaml',
    dockerfile: 'app/Dockerfile',
    edit: { at: { text: 'AS runtime', offset: 3 }, from: 'runtime', to: 'release' },
    problem: { code: 'DC015', line: 6 },
  },
  outline: { file: 'app/Dockerfile', expect: ['build', 'runtime'] },
  symbol: { query: 'service api', expect: 'service api', opens: 'app/compose.yaml' },
};
