import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const run = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

test('check examples/ prints path:line:col severity id message, in Korean and in English', () => {
  // The examples carry the notes' mistakes: the Deployment's `minReadyHistoryLimit`, the playbook's `status` and
  // `notify: Start Nginx`, the inventory's `ansible_user-ubuntu` — four errors, so exit code 1.
  const ko = run(['check', 'examples/', '--lang', 'ko']);
  assert.equal(ko.status, 1, ko.stderr);
  assert.match(ko.stdout, /^examples\/docker\/Dockerfile:6:1 warning DF001 로컬 파일\(src\)을 넣을 때는 ADD 대신 COPY를 쓰세요/m);
  assert.match(ko.stdout, /^examples\/kubernetes\/deployment\.yaml:18:3 error K8S100 “spec” 아래에 “minReadyHistoryLimit” 필드는 없습니다\. “revisionHistoryLimit”의 오타인가요\?/m);
  assert.match(ko.stdout, /^examples\/ansible\/playbook\.yml:16:15 error ANS050 “notify”가 부르는 “Start Nginx” 핸들러가 없습니다/m);
  assert.match(ko.stderr, /개 파일 검사: 오류 4,/);
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

test('the summary is grammatical for one file and one finding, and follows LANG when --lang is not given', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-cli-'));
  try {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\nADD a /a\n');
    const en = run(['check', join(dir, 'Dockerfile')]);
    assert.match(en.stderr, /^1 file checked: 0 errors, 1 warning, \d+ info$/m);
    const ko = spawnSync(process.execPath, [CLI, 'check', join(dir, 'Dockerfile')], { encoding: 'utf8', env: { ...process.env, LANG: 'ko_KR.UTF-8' } });
    assert.match(ko.stderr, /^1개 파일 검사: 오류 0, 경고 1, 정보 \d+$/m);
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
