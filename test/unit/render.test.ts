// How findings become words: the locale picks the language, a finding's args fill the template's {placeholders},
// its variant picks the template. Rule tests (test/unit/rules/) assert ids, ranges, args and variants only; the
// wording checks worth keeping live here. Nothing here asserts the quote characters around names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-types';
import { EN, KO, dedent, model, service } from '../helpers';
import { findingMessage } from '../../server/src/service/rules/render';
import type { Finding, ServiceSettings } from '../../server/src/service/types';

const HANGUL = /[가-힣]/;
const PLACEHOLDER = /\{[a-zA-Z]\w*\}/;

/** The rendered messages of a rule's diagnostics on a document. */
function messages(path: string, text: string, rule: string, settings: ServiceSettings): string[] {
  return service().doValidation(model(path, text), settings).filter((d) => d.code === rule).map((d) => String(d.message));
}

/** The titles of a rule's quick fixes (not the "ignore on this line" action) at its first finding. */
function fixTitles(path: string, text: string, rule: string, settings: ServiceSettings): string[] {
  const m = model(path, text);
  const f = service().findings(m, settings).find((x) => x.ruleId === rule);
  assert.ok(f, `no ${rule}`);
  return service().doCodeActions(m, f.range, settings)
    .filter((a) => a.diagnostics?.some((d) => d.code === rule) && !(a.edit?.changes?.[m.uri] ?? []).some((e) => e.newText.includes('devops-hints-ignore')))
    .map((a) => a.title);
}

const pod = (image: string) => dedent(`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
  spec:
    containers:
      - name: c
        image: ${image}
`);

// [rule, file, document, what the English message names (in this order), what the Korean one names]
const TABLE: [string, string, string, RegExp, RegExp][] = [
  ['DF001', 'Dockerfile', 'FROM alpine:3.20\nADD app.py /app/\n', /COPY.*ADD.*app\.py/, /app\.py.*ADD.*COPY/],
  // did-you-mean: the section, the key, the suggestion
  ['DC001', 'compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    port:\n      - "80:80"\n', /services\.web\W+has no key\W+port\W+Did you mean\W+ports\b/, /services\.web.*port.*ports\W*의 오타/],
  // the value, the key, and every allowed value
  ['DC003', 'compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: mysql:8.4\n', /service_ready\W+is not allowed for\W+services\.web\.depends_on\.db\.condition\W+Allowed values\W+service_started\W+service_healthy\W+service_completed_successfully\W*$/, /service_ready.*service_started.*service_healthy.*service_completed_successfully/],
  // the name rule's own template
  ['DC005', 'compose.yaml', 'services:\n  my web:\n    image: nginx:1.27\n', /my web.*letters, digits/, /my web/],
  ['DC006', 'compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [dbb]\n  db:\n    image: mysql:8.4\n', /dbb.*\bdb\b/, /dbb.*\bdb\b/],
  ['DC022', 'compose.yaml', 'services:\n  ssh:\n    image: x:1\n    ports:\n      - 22:22\n', /22:22.*1342/, /22:22.*1342/],
  ['K8S001', 'pod.yaml', pod('nginx:latest'), /nginx:latest/, /nginx:latest/],
  // advice from the file itself (issue 17), each in two ecosystems: the image's own pinned tag…
  ['DF008', 'Dockerfile', 'FROM ubuntu\n', /ubuntu\W+has no tag.*such as\W+ubuntu:24\.04/, /ubuntu.*태그가 없어서.*ubuntu:24\.04\W+처럼/],
  ['DF008', 'Dockerfile', 'FROM python:latest\n', /python:latest.*such as\W+python:3\.12-slim/, /python:latest.*python:3\.12-slim\W+처럼/],
  ['DC020', 'compose.yaml', 'services:\n  db:\n    image: postgres:latest\n', /postgres:latest.*such as\W+postgres:16-alpine/, /postgres:latest.*postgres:16-alpine\W+처럼/],
  ['K8S001', 'pod.yaml', pod('registry.example.com/team/api'), /registry\.example\.com\/team\/api\W+has no tag.*registry\.example\.com\/team\/api:<version>/, /registry\.example\.com\/team\/api:<version>\W+처럼/],
  // …the manifest of the install's own ecosystem…
  ['DF010', 'Dockerfile', 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n', /before the pip install on line 4.*COPY requirements\.txt \.\//, /4행에서 pip 의존성.*COPY requirements\.txt \.\//],
  ['DF010', 'Dockerfile', 'FROM golang:1.22\nRUN go mod download\nCOPY . .\n', /go mod install on line 2 runs before.*COPY go\.mod go\.sum \.\//, /2행의 go mod 설치가.*COPY go\.mod go\.sum \.\//],
  // …the command itself in JSON form, or why it needs the shell…
  ['DF011', 'Dockerfile', 'FROM node:20\nCMD node server.js\n', /CMD is in shell form.*for this command\W+\["node", "server\.js"\]/, /CMD가 셸 형식.*\["node", "server\.js"\]\W+처럼 JSON 형식/],
  ['DF011', 'Dockerfile', 'FROM eclipse-temurin:21-jre\nCMD java $JAVA_OPTS -jar app.jar\n', /needs the shell, though\W+\$JAVA_OPTS\W.*\["sh", "-c", "exec java \$JAVA_OPTS -jar app\.jar"\]/, /\$JAVA_OPTS\W+때문에 셸이 꼭 필요.*\["sh", "-c", "exec java \$JAVA_OPTS -jar app\.jar"\]/],
  ['DF024', 'Dockerfile', 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n', /uses the shell\W+\|\|\W.*has to call one too/, /\|\|\W+때문에 JSON 형식으로 써도/],
  // …and the readiness command of the dependency's image
  ['DC017', 'compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:16\n', /\bdb\W+container has started.*ready with\W+pg_isready\W.*condition: service_healthy/, /\bdb\W+컨테이너가 시작되기만.*pg_isready\W+로 준비 상태/],
  ['DC017', 'compose.yaml', 'services:\n  api:\n    build: .\n    depends_on: [cache]\n  cache:\n    image: redis:7.4\n', /\bcache\W+container.*ready with\W+redis-cli ping\W.*so\W+api\W+starts/, /redis-cli ping\W+으로 준비 상태.*\bapi\W+가 시작합니다/],
  // Kubernetes structure: the place, the key, the suggestion or where it belongs
  ['K8S100', 'rs.yaml', 'apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: { name: r }\nspec:\n  temlplate: {}\n', /spec\W+has no field\W+temlplate\W+Did you mean\W+template\W*$/, /spec.*temlplate.*template\W*의 오타인가요/],
  ['K8S100', 'd.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  type: RollingUpdate\n', /type\W+sits directly under\W+spec\W+but it belongs under\W+spec\.strategy/, /type.*spec.*spec\.strategy\W+아래입니다/],
  // At the top level the message says so in words, with no path to quote.
  ['K8S100', 'd.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nreplicas: 2\nspec: {}\n', /replicas\W+sits at the top level of the manifest, but it belongs under\W+spec/, /replicas\W+필드가 매니페스트 최상위에 있지만.*spec\W+아래입니다/],
  ['K8S100', 'd.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nfoo: 2\n', /A manifest has no top-level field\W+foo/, /매니페스트 최상위에\W+foo\W+필드는 없습니다/],
  // The level is a word of the reader's language: 플레이, 태스크 — not play, task.
  ['ANS001', 'site.yml', '- hosts: all\n  register: out\n  tasks: []\n', /register\W+is a keyword, but not of a play: it belongs to task/, /register\W+키워드이지만 플레이에는 쓸 수 없고 태스크에만 씁니다/],
  ['K8S101', 'p.yaml', pod('a:1').replace('image: a:1', 'image: a:1\n      env: [{ name: PORT, value: 8080 }]'), /env\[0\]\.value\W+takes a string.*8080.*Quote it: "8080"/, /env\[0\]\.value.*문자열.*8080.*따옴표/],
  ['K8S103', 'p.yaml', pod('a:1').replace('image: a:1', 'image: a:1\n      imagePullPolicy: always'), /imagePullPolicy\W+is case-sensitive: write\W+Always\W+not\W+always/, /imagePullPolicy.*대소문자.*Always.*always/],
  ['K8S104', 'j.yaml', 'apiVersion: batch/v1\nkind: job\nmetadata: { name: j }\n', /write\W+Job\W+not\W+job/, /Job.*job/],
  ['K8S105', 'i.yaml', 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: { name: i }\n', /extensions\/v1beta1\W+was removed in Kubernetes 1\.22 \(target 1\.36\)\. Moving to\W+networking\.k8s\.io\/v1/, /extensions\/v1beta1\W+Ingress는 Kubernetes 1\.22에서 제거된 API입니다\(대상 버전 1\.36\)\. \W+networking\.k8s\.io\/v1\W+로 바꾸세요/],
  ['K8S013', 'c.yaml', 'apiVersion: batch/v1\nkind: CronJob\nmetadata: { name: c }\nspec:\n  schedule: "/1 * * * *"\n', /\/1 \* \* \* \*.*Corrected\W+\*\/1 \* \* \* \*/, /\/1 \* \* \* \*.*올바른 형태.*\*\/1 \* \* \* \*/],
  ['K8S021', 'p.yaml', pod('a:1'), /Container\W+c\W+has neither a\W+readinessProbe/, /컨테이너\W+c\W+에\W+readinessProbe/],
];

test('messages are Korean or English by locale, with every placeholder filled from the finding', () => {
  for (const [rule, path, text, en, ko] of TABLE) {
    const [enMsg] = messages(path, text, rule, EN);
    const [koMsg] = messages(path, text, rule, KO);
    assert.ok(enMsg && koMsg, `${rule} renders`);
    assert.match(enMsg, en, rule);
    assert.match(koMsg, ko, rule);
    assert.doesNotMatch(enMsg, HANGUL, `${rule}: the English message has no Korean`);
    assert.match(koMsg, HANGUL, `${rule}: the Korean message is Korean`);
    assert.doesNotMatch(enMsg, PLACEHOLDER, `${rule}: no unfilled placeholder`);
    assert.doesNotMatch(koMsg, PLACEHOLDER, `${rule}: no unfilled placeholder`);
  }
});

test('K8S001 message names the image and says which problem it is, in both languages', () => {
  const latest = pod('nginx:latest');
  const untagged = pod('nginx');
  const finding = (text: string) => service().findings(model('pod.yaml', text), EN).find((f) => f.ruleId === 'K8S001')!;
  assert.equal(finding(latest).variant, 'latest');
  assert.equal(finding(untagged).variant, 'untagged');
  for (const settings of [EN, KO]) {
    const [l] = messages('pod.yaml', latest, 'K8S001', settings);
    const [u] = messages('pod.yaml', untagged, 'K8S001', settings);
    assert.match(l, /nginx:latest/);
    assert.match(u, /nginx/);
    // the two problems have their own words, not just another image name in the same sentence
    assert.notEqual(l.replace('nginx:latest', '<image>'), u.replace('nginx', '<image>'), settings.locale);
  }
});

test('the variant picks the template; an unknown variant falls back to the message', () => {
  const rules = service().rules;
  const range: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const f = (variant?: string): Finding => ({ ruleId: 'DC020', range, args: { image: 'nginx', example: 'nginx:1.27-alpine' }, variant });
  const base = findingMessage(f(), rules, 'en');
  const untagged = findingMessage(f('untagged'), rules, 'en');
  const latest = findingMessage(f('latest'), rules, 'en');
  assert.equal(new Set([base, untagged, latest]).size, 3, 'three templates');
  assert.equal(findingMessage(f('no-such-variant'), rules, 'en'), base);
  for (const m of [base, untagged, latest]) assert.match(m, /nginx/);
  assert.notEqual(findingMessage(f('latest'), rules, 'ko'), latest);
  assert.equal(findingMessage({ ruleId: 'XX999', range, args: {} }, rules, 'en'), 'XX999', 'an unknown rule renders as its id');
});

test('quick-fix titles are localized and filled from the fix', () => {
  const [en] = fixTitles('Dockerfile', 'FROM alpine:3.20\nADD app.py /app/\n', 'DF001', EN);
  const [ko] = fixTitles('Dockerfile', 'FROM alpine:3.20\nADD app.py /app/\n', 'DF001', KO);
  assert.match(en, /ADD.*COPY/);
  assert.doesNotMatch(en, HANGUL);
  assert.match(ko, HANGUL);
  const [rename] = fixTitles('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    port:\n      - "80:80"\n', 'DC001', EN);
  assert.match(rename, /\bport\b.*\bports\b/);
  assert.doesNotMatch(rename, PLACEHOLDER);
});

test('DC017: the quick fix says which condition it writes', () => {
  const app = (deps: string, db = '    image: mysql:8.4\n') => `services:\n  web:\n    image: nginx:1.27\n    depends_on:${deps}\n  db:\n${db}  cache:\n    image: redis:7\n`;
  const HC = '    image: mysql:8.4\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping"]\n';
  const title = (text: string) => {
    const titles = fixTitles('compose.yaml', text, 'DC017', EN);
    assert.equal(titles.length, 1);
    return titles[0];
  };
  // a dependency without a healthcheck whose image has a known readiness command: the fix adds one and says so
  assert.match(title(app('\n      - db')), /healthcheck\b.*\bdb\b.*service_healthy/);
  assert.match(title(app('\n      - db', HC)), /condition\W+service_healthy\W*$/);
  assert.match(title(app('\n      - db\n      - api', HC).replace('  cache:\n    image: redis:7\n', '  api:\n    image: example/api:1.0\n')), /condition\W+service_healthy\W*, \W*service_started\W*$/);
  assert.match(fixTitles('compose.yaml', app('\n      - db', HC), 'DC017', KO)[0], /condition\W+service_healthy/);
  assert.match(fixTitles('compose.yaml', app('\n      - db'), 'DC017', KO)[0], /healthcheck를 추가.*대상: \W*db/);
});

test('names are set in plain quotes where text is plain (Problems panel, quick-fix menu), code spans where it is markdown (hover)', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [dbb]\n  db:\n    image: mysql:8.4\n';
  const m = model('compose.yaml', text);
  for (const settings of [EN, KO]) {
    const [d] = service().doValidation(m, settings).filter((x) => x.code === 'DC006');
    assert.ok(d, 'a DC006 diagnostic');
    assert.doesNotMatch(String(d.message), /`/, 'no backtick in a diagnostic');
    assert.match(String(d.message), /“dbb”/);
    const titles = service().doCodeActions(m, d.range, settings).map((a) => a.title);
    assert.ok(titles.length && titles.every((t) => !t.includes('`')), `no backtick in quick-fix titles: ${titles.join(' | ')}`);
  }
  // The same template rendered for markdown keeps the code span; the hover of the same name does too.
  const [f] = service().findings(m, EN).filter((x) => x.ruleId === 'DC006');
  assert.match(findingMessage(f, service().rules, 'en', 'markdown'), /`dbb`/);
  assert.equal(findingMessage(f, service().rules, 'en'), findingMessage(f, service().rules, 'en', 'markdown').replace(/`([^`]+)`/g, '“$1”'));
  const hover = service().doHover(m, { line: 3, character: 18 }, EN);
  assert.match((hover!.contents as { value: string }).value, /`dbb`/);
});
