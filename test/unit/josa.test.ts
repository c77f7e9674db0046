// Korean particles picked by the word before them (server/src/service/kb/josa.ts): a table of real placeholder values
// from our messages — names, keys, images, modules, paths, numbers, acronyms, Hangul — each with the particle a
// Korean reader expects after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveParticles } from '../../server/src/service/kb/josa';
import { fill } from '../../server/src/service/kb/knowledgeBase';

// [value, 을/를, 이/가, 은/는, (으)로]
const TABLE: [string, string, string, string, string][] = [
  ['port', '을', '이', '은', '으로'],
  ['ports', '를', '가', '는', '로'],
  ['EXPOSE', '를', '가', '는', '로'],
  ['80', '을', '이', '은', '으로'],
  ['8080', '을', '이', '은', '으로'],
  ['443', '을', '이', '은', '으로'],
  ['3306', '을', '이', '은', '으로'], // 삼천삼백육 → ㄱ
  ['5432', '를', '가', '는', '로'], // …이
  ['2', '를', '가', '는', '로'],
  ['1', '을', '이', '은', '로'], // 일: ㄹ → 로
  ['7', '을', '이', '은', '로'], // 칠
  ['web', '을', '이', '은', '으로'],
  ['volume', '을', '이', '은', '으로'],
  ['depends_on', '을', '이', '은', '으로'], // 온
  ['db', '를', '가', '는', '로'], // 디비
  ['api', '를', '가', '는', '로'],
  ['nginx', '를', '가', '는', '로'],
  ['nginx:1.27', '을', '이', '은', '로'], // 이십칠 → 칠
  ['node:20-alpine', '을', '이', '은', '으로'], // 알파인
  ['python:3.12-slim', '을', '이', '은', '으로'], // 슬림
  ['ubuntu', '를', '가', '는', '로'],
  ['latest', '를', '가', '는', '로'],
  ['state', '를', '가', '는', '로'],
  ['status', '를', '가', '는', '로'],
  ['name', '을', '이', '은', '으로'],
  ['image', '를', '가', '는', '로'],
  ['type', '을', '이', '은', '으로'],
  ['file', '을', '이', '은', '로'],
  ['module', '을', '이', '은', '로'],
  ['handler', '를', '가', '는', '로'],
  ['Restart nginx', '를', '가', '는', '로'],
  ['ansible.builtin.apt', '를', '가', '는', '로'],
  ['ansible.builtin.group', '을', '이', '은', '으로'],
  ['ansible_host', '를', '가', '는', '로'],
  ['ansible_user', '를', '가', '는', '로'],
  ['apt-get', '을', '이', '은', '으로'], // 겟
  ['requirements.txt', '를', '가', '는', '로'], // 티엑스티
  ['package.json', '을', '이', '은', '으로'], // 제이슨
  ['go.mod', '를', '가', '는', '로'],
  ['Dockerfile', '을', '이', '은', '로'],
  ['compose.yaml', '을', '이', '은', '로'],
  ['kustomization.yaml', '을', '이', '은', '로'],
  ['/etc/nginx/nginx.conf', '를', '가', '는', '로'],
  ['./app', '을', '이', '은', '으로'],
  ['URL', '을', '이', '은', '로'],
  ['CMD', '를', '가', '는', '로'],
  ['ENV', '를', '가', '는', '로'],
  ['ARG', '를', '가', '는', '로'],
  ['RUN', '을', '이', '은', '으로'],
  ['COPY', '를', '가', '는', '로'],
  ['ADD', '를', '가', '는', '로'],
  ['FROM', '을', '이', '은', '으로'],
  ['HEALTHCHECK', '를', '가', '는', '로'],
  ['service_healthy', '를', '가', '는', '로'],
  ['restart', '를', '가', '는', '로'],
  ['spec', '을', '이', '은', '으로'], // 스펙
  ['revisionHistoryLimit', '을', '이', '은', '으로'], // 리밋
  ['commonLabels', '를', '가', '는', '로'],
  ['patches', '를', '가', '는', '로'],
  ['replicas', '를', '가', '는', '로'],
  ['Deployment', '를', '가', '는', '로'], // 디플로이먼트
  ['Service', '를', '가', '는', '로'],
  ['ConfigMap', '을', '이', '은', '으로'], // 맵
  ['Secret', '을', '이', '은', '으로'], // 시크릿
  ['true', '를', '가', '는', '로'],
  ['yes', '를', '가', '는', '로'],
  ['핸들러', '를', '가', '는', '로'],
  ['볼륨', '을', '이', '은', '으로'],
  ['파일', '을', '이', '은', '로'],
  ['서비스 web', '을', '이', '은', '으로'],
];

test(`particles after ${TABLE.length} real values: 을/를, 이/가, 은/는, (으)로`, () => {
  assert.ok(TABLE.length >= 50);
  const wrong: string[] = [];
  for (const [value, obj, subj, topic, dir] of TABLE) {
    const got = [
      resolveParticles(`“${value}”을(를)`),
      resolveParticles(`\`${value}\`이(가)`),
      resolveParticles(`${value}은(는)`),
      resolveParticles(`“${value}”(으)로`),
    ];
    const want = [`“${value}”${obj}`, `\`${value}\`${subj}`, `${value}${topic}`, `“${value}”${dir}`];
    for (let i = 0; i < 4; i++) if (got[i] !== want[i]) wrong.push(`${got[i]} (want ${want[i]})`);
  }
  assert.deepEqual(wrong, []);
});

test('placeholders are filled first, then the particle fits the value; other forms and plain text are left alone', () => {
  assert.equal(fill('`{key}`을(를) 쓰세요.', { key: 'ports' }), '`ports`를 쓰세요.');
  assert.equal(fill('`{key}`을(를) 쓰세요.', { key: 'port' }), '`port`을 쓰세요.');
  assert.equal(fill('`{a}`와(과) `{b}`(이)라는 이름', { a: 'web', b: 'db' }), '`web`과 `db`라는 이름');
  assert.equal(fill('“{path}”(으)로는 안 됩니다', { path: 'app.yml' }), '“app.yml”로는 안 됩니다');
  assert.equal(fill('Use {x} (for example).', { x: 'web' }), 'Use web (for example).');
  assert.equal(resolveParticles('괄호(설명)와 값'), '괄호(설명)와 값');
});
