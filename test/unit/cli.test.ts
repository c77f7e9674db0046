import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
/** The CLI with a system locale (English unless given): LC_ALL and LC_MESSAGES cleared, LANG as asked. */
const run = (args: string[], locale: Record<string, string> = { LANG: 'C' }, cwd = ROOT) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...locale } });

test('check examples/ prints path:line:col severity id message, in Korean and in English', () => {
  // The examples carry the notes' mistakes: the Deployment's `minReadyHistoryLimit`, the playbook's `status` and
  // `notify: Start Nginx`, the inventory's `ansible_user-ubuntu` — four errors, so exit code 1.
  const ko = run(['check', 'examples/', '--lang', 'ko']);
  assert.equal(ko.status, 1, ko.stderr);
  assert.match(ko.stdout, /^examples\/docker\/Dockerfile:6:1 warning DF001 로컬 파일\(src\)을 넣을 때는 ADD 대신 COPY를 쓰세요/m);
  assert.match(ko.stdout, /^examples\/kubernetes\/deployment\.yaml:18:3 error K8S100 “spec” 아래에 “minReadyHistoryLimit” 필드는 없습니다\. “revisionHistoryLimit”의 오타인가요\?/m);
  assert.match(ko.stdout, /^examples\/ansible\/playbook\.yml:16:15 error ANS050 “notify”가 부르는 “Start Nginx” 핸들러가 없습니다/m);
  assert.match(ko.stderr, /^파일 \d+개 검사: 오류 4개, 경고 \d+개, 정보 \d+개$/m);
  const en = run(['check', 'examples/', '--lang', 'en']);
  assert.equal(en.status, 1);
  assert.match(en.stdout, /^examples\/docker\/Dockerfile:6:1 warning DF001 Use COPY instead of ADD for local files \(src\)/m);
  assert.match(en.stdout, /^examples\/kubernetes\/deployment\.yaml:18:3 error K8S100 /m);
  // The Deployment's `image: nginxdemos/hello:latest` is not reported: examples/kustomize/dev sets its tag.
  assert.doesNotMatch(en.stdout, /K8S001/);
  // The summary's nouns take the number of their count.
  assert.match(en.stdout, /^examples\/ansible\/inventory\/hosts\.ini:4:6 warning ANS070 “anssible_host” is not a connection variable/m);
  assert.match(en.stderr, /^\d+ files checked: 4 errors, \d+ warnings?, \d+ info$/m);
  assert.doesNotMatch(en.stderr, /\b1 (?:errors|warnings|files)\b/);
});

test('the summary is grammatical for one and for many, in both languages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-cli-'));
  try {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\nADD a /a\n');
    const one = run(['check', join(dir, 'Dockerfile')]);
    assert.match(one.stderr, /^1 file checked: 0 errors, 1 warning, \d+ info$/m);
    assert.match(run(['check', join(dir, 'Dockerfile'), '--lang', 'ko']).stderr, /^파일 1개 검사: 오류 0개, 경고 1개, 정보 \d+개$/m);
    // Two files, two errors, two warnings: every noun in the plural.
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\nADD a /a\nADD b /b\n');
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n    prots: ["80:80"]\n    depends_on: [db]\n');
    const many = run(['check', dir, '--rule', 'DC006=error']);
    assert.match(many.stderr, /^2 files checked: 2 errors, 2 warnings, \d+ info$/m, many.stdout + many.stderr);
    assert.match(run(['check', dir, '--rule', 'DC006=error', '--lang', 'ko']).stderr, /^파일 2개 검사: 오류 2개, 경고 2개, 정보 \d+개$/m);
    // One error: singular.
    assert.match(run(['check', dir, '--rule', 'DC006=off']).stderr, /^2 files checked: 1 error, 2 warnings, \d+ info$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the language: --lang, else LC_ALL, LC_MESSAGES, LANG (ko… is Korean), for every line the CLI prints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-cli-'));
  try {
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM alpine:3.20\nADD a /a\n');
    const korean = /^파일 1개 검사: /m;
    const english = /^1 file checked: /m;
    assert.match(run(['check', file], { LANG: 'ko_KR.UTF-8' }).stderr, korean);
    assert.match(run(['check', file], { LANG: 'ko' }).stderr, korean);
    assert.match(run(['check', file], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'ko_KR.UTF-8' }).stderr, korean, 'LC_MESSAGES before LANG');
    assert.match(run(['check', file], { LANG: 'ko_KR.UTF-8', LC_ALL: 'C' }).stderr, english, 'LC_ALL before the others');
    assert.match(run(['check', file], { LANG: 'kok_IN' }).stderr, english, 'Konkani is not Korean');
    assert.match(run(['check', file, '--lang=en'], { LANG: 'ko_KR.UTF-8' }).stderr, english, '--lang wins');
    assert.match(run(['check', file, '--lang', 'ko']).stdout, /DF001 로컬 파일/);
    // Usage and errors, in both languages.
    const usageKo = run(['check'], { LANG: 'ko_KR.UTF-8' });
    assert.equal(usageKo.status, 2);
    assert.match(usageKo.stderr, /^사용법: devops-hints check <파일\|폴더>/m);
    assert.match(run(['check'], { LANG: 'en_US.UTF-8' }).stderr, /^usage: devops-hints check <files\|dirs>/m);
    assert.match(run(['check', file, '--format', 'xml', '--lang', 'ko']).stderr, /^“xml” 형식은 없습니다\. text, json, sarif 중에서 고르세요\.\n사용법: /);
    assert.match(run(['check', file, '--format', 'xml']).stderr, /^Unknown format “xml”: choose text, json or sarif\.\nusage: /);
    assert.match(run(['check', 'no/such/dir'], { LANG: 'ko_KR.UTF-8' }).stderr, /^“no\/such\/dir” 파일이나 폴더가 없습니다\.$/m);
    assert.match(run(['check', 'no/such/dir']).stderr, /^No such file or directory: “no\/such\/dir”\.$/m);
    assert.match(run(['check', file, '--rule', 'DF001'], { LANG: 'ko_KR.UTF-8' }).stderr, /“--rule DF001”을 읽을 수 없습니다/);
    assert.match(run(['check', file, '--lang'], { LANG: 'ko_KR.UTF-8' }).stderr, /^--lang 뒤에 값이 필요합니다\./m);
    assert.match(run(['lint', file], { LANG: 'ko_KR.UTF-8' }).stderr, /^“lint” 명령은 없습니다\. “check”를 쓰세요\./m);
    assert.match(run(['check', file, '--bogus']).stderr, /^Unknown option “--bogus”\./m);
    const empty = mkdtempSync(join(tmpdir(), 'dh-cli-'));
    try {
      assert.match(run(['check', empty], { LANG: 'ko_KR.UTF-8' }).stderr, /^검사할 Dockerfile·Compose·Kubernetes·Kustomize·Ansible 파일을 찾지 못했습니다\.$/m);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exit code 1 when an error is found, 2 on usage errors, --rule overrides a severity', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-cli-'));
  try {
    mkdirSync(join(dir, 'k8s'));
    writeFileSync(join(dir, 'k8s', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nspec: [1, 2\n');
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\nADD a /a\n');
    const r = run(['check', dir, '--lang', 'en']);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /k8s\/pod\.yaml:3:\d+ error YAML001 YAML syntax error/);
    const warnOnly = run(['check', join(dir, 'Dockerfile')]);
    assert.equal(warnOnly.status, 0);
    const promoted = run(['check', join(dir, 'Dockerfile'), '--rule', 'DF001=error']);
    assert.equal(promoted.status, 1);
    assert.match(promoted.stdout, / error DF001 /);
    const silenced = run(['check', join(dir, 'Dockerfile'), '--rule=DF001=off']);
    assert.doesNotMatch(silenced.stdout, /DF001/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(run(['check']).status, 2);
  assert.equal(run(['lint', 'x']).status, 2);
  assert.equal(run(['check', 'examples', '--format', 'xml']).status, 2);
  assert.equal(run(['check', 'no/such/dir']).status, 2);
});

test('--format json lists every diagnostic with 1-based positions', () => {
  const r = run(['check', 'examples', '--format', 'json', '--lang', 'en']);
  const items = JSON.parse(r.stdout) as { file: string; line: number; column: number; rule: string; severity: string; help: string }[];
  const df = items.find((i) => i.rule === 'DF001')!;
  assert.deepEqual([df.file, df.line, df.column, df.severity], ['examples/docker/Dockerfile', 6, 1, 'warning']);
  assert.match(df.help, /^https:\/\//);
});

test('--format sarif is valid SARIF 2.1.0 (checked against the official schema)', () => {
  const r = run(['check', 'examples', '--format', 'sarif', '--lang', 'ko']);
  const sarif = JSON.parse(r.stdout);
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(require(join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json')));
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
  const results = sarif.runs[0].results as { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
  const rules = sarif.runs[0].tool.driver.rules as { id: string }[];
  assert.ok(results.length >= 2);
  for (const res of results) assert.equal(rules[res.ruleIndex].id, res.ruleId);
  const ids = new Set(results.map((x) => x.ruleId));
  assert.ok(ids.has('DF001') && ids.has('K8S100'), [...ids].join());
  // a broken document is invalid SARIF for the schema: the check is real
  sarif.runs[0].results[0].level = 'fatal';
  assert.ok(!validate(sarif));
});
