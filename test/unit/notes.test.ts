import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNote, headingPath } from '../../server/src/service/notes/parse';
import { NotesIndex, MAX_FILE_BYTES } from '../../server/src/service/notes/index';
import { hoverQuery } from '../../server/src/service/notes/query';
import { briefBody } from '../../server/src/service/kb/render';
import { caret, KO, EN, service } from '../helpers';

const NOTE = [
  '# Kubernetes 공부',
  '',
  '### [ Day50 ] Deployment',
  '',
  '**롤링 업데이트**',
  '',
  '* Deployment를 쓰면 롤링업데이트가 기본이다.',
  '',
  '\t* 새 파드를 먼저 띄우고 옛 파드를 지운다.',
  '',
  '```yaml',
  'spec:',
  '  strategy:',
  '    rollingUpdate:',
  '      maxSurge: 1 # 업데이트 중에 더 띄울 수 있는 파드 수',
  '      maxUnavailable: 0',
  '```',
  '',
  '## Ansible',
  '',
  '* 핸들러는 모든 태스크가 끝난 뒤 한 번만 실행된다.',
  '',
  '# 1 is not a heading? it is',
  '#tag is not a heading',
].join('\n');

test('headings: #, **bold** lines and [ DayNN ] headings, with their parents; code fences and #tags are not headings', () => {
  const n = parseNote(NOTE);
  assert.deepEqual(
    n.headings.map((h) => [h.line + 1, h.level, h.text]),
    [
      [1, 1, 'Kubernetes 공부'],
      [3, 3, '[ Day50 ] Deployment'],
      [5, 7, '롤링 업데이트'],
      [19, 2, 'Ansible'],
      [23, 1, '1 is not a heading? it is'],
    ],
  );
  assert.deepEqual(headingPath(n, 2).map((h) => h.text), ['Kubernetes 공부', '[ Day50 ] Deployment', '롤링 업데이트']);
  assert.equal(n.headings[3].parent, 0);
});

test('passages: a bullet with the lines indented under it (blank lines between them), a fenced code block', () => {
  const n = parseNote(NOTE);
  const at = (line: number) => n.passages[n.passageOf[line - 1]];
  assert.deepEqual({ ...at(7) }, { start: 6, end: 8, kind: 'bullet' });
  assert.equal(at(9), at(7));
  assert.deepEqual({ ...at(15) }, { start: 10, end: 16, kind: 'code' });
  assert.equal(n.passageOf[0], -1, 'a heading is no passage');
});

function index(): NotesIndex {
  const ix = new NotesIndex();
  ix.set('/notes/k8s.md', NOTE);
  return ix;
}

test('an English term matches with a Korean particle glued to it; a Korean term ignores spaces and endings', () => {
  const ix = index();
  const q = (subjects: string[]) => ix.search(subjects.join(' ')).map((m) => m.lines[0].line + 1);
  assert.deepEqual(q(['Deployment']).sort(), [3, 7].sort(), '"Deployment를" is Deployment');
  assert.deepEqual(q(['롤링 업데이트']), [5, 7].sort((a, b) => a - b), '"롤링업데이트가" is 롤링 업데이트');
  assert.deepEqual(q(['핸들러']), [21], '"핸들러는" is 핸들러');
  assert.deepEqual(q(['maxsurge']), [15], 'case does not matter');
  assert.deepEqual(q(['max']), [], 'a word is not a prefix of another word');
  assert.deepEqual(q(['maxSurge', '파드']), [15], 'every word of a search must be on the line or in its headings');
});

test('a hover quotes a passage only when it is about the thing: the line names it and its section does', () => {
  const ix = index();
  const about = ix.match({ subjects: ['maxSurge'], context: ['deployment', 'strategy', 'kubernetes'], cited: [] });
  assert.equal(about.length, 1);
  assert.deepEqual(about[0].lines.map((l) => l.line + 1), [15], 'the commented manifest line, which explains itself');
  assert.deepEqual(about[0].heading, ['Kubernetes 공부', '[ Day50 ] Deployment', '롤링 업데이트']);
  assert.equal(about[0].kind, 'code');
  assert.equal(about[0].fence, 'yaml');
  // A word that appears, but nowhere it is explained.
  assert.deepEqual(ix.match({ subjects: ['spec'], context: ['compose'], cited: [] }), [], 'no weak quote');
  // The cited section makes a bare mention count.
  const cited = ix.match({ subjects: ['spec'], context: [], cited: [{ file: 'k8s.md', section: '[ Day50 ] Deployment' }] });
  assert.equal(cited.length, 1);
  assert.equal(cited[0].start, 10);
});

test('bounds: a file over the size bound or with NUL bytes is left out and counted; set replaces, delete removes', () => {
  const ix = new NotesIndex();
  assert.equal(ix.set('/n/big.md', 'a'.repeat(MAX_FILE_BYTES + 1)), false);
  assert.equal(ix.set('/n/bin.md', 'abc\u0000def'), false);
  assert.deepEqual([...ix.skipped.keys()].sort(), ['/n/big.md', '/n/bin.md']);
  assert.equal(ix.size, 0);
  ix.set('/n/a.md', '* maxSurge 설명');
  ix.set('/n/a.md', '* 다른 내용');
  assert.deepEqual(ix.search('maxSurge'), []);
  assert.equal(ix.search('다른').length, 1);
  ix.delete('/n/a.md');
  assert.equal(ix.size, 0);
});

test('the query of a hover: the word hovered, the entry id leaf, the glossary Korean, and the id segments as context', () => {
  const q = hoverQuery({
    entry: { id: 'kubernetes.value.deployment-strategy.RollingUpdate', title: { ko: 'RollingUpdate — 롤링 업데이트', en: 'RollingUpdate — rolling update' }, body: { ko: '', en: '' } },
    hovered: 'RollingUpdate',
    cited: [],
  });
  assert.ok(q.subjects.includes('RollingUpdate'));
  assert.ok(q.subjects.includes('롤링 업데이트'));
  assert.ok(q.context.includes('deployment') && q.context.includes('strategy') && q.context.includes('쿠버네티스'));
  const img = hoverQuery({ entry: { id: 'dockerfile.instruction.from', title: { ko: 'FROM', en: 'FROM — base image' }, body: { ko: '', en: '' } }, hovered: 'nginx:1.27', cited: [] });
  assert.ok(img.subjects.includes('nginx') && !img.subjects.includes('nginx:1.27'), 'a value is looked up by its name part');
});

test('hover: the "My notes" section quotes the lines with a link to the line; nothing without the setting', () => {
  const svc = service();
  svc.notes.set('/notes/k8s.md', NOTE);
  const { text, position } = caret('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  strategy:\n    rollingUpdate:\n      max|Surge: 1\n');
  const m = svc.parse({ uri: 'file:///w/deploy.yaml', path: '/w/deploy.yaml', version: 1, text });
  const withNotes = { ...KO, notesFolders: ['/notes'] };
  const hover = svc.doHover(m, position, withNotes)!.contents as { value: string };
  assert.match(hover.value, /📝 내 노트/);
  assert.ok(hover.value.includes('[k8s › \\[ Day50 \\] Deployment › 롤링 업데이트](file:///notes/k8s.md#L15)'), hover.value);
  assert.match(hover.value, /\S {2}\n\n---\n\n\*\*📝 내 노트\*\*/, 'a blank line before the rule (else the line above turns into a heading)');
  assert.match(hover.value, /```yaml\nmaxSurge: 1 # 업데이트 중에 더 띄울 수 있는 파드 수\n```/);
  assert.doesNotMatch((svc.doHover(m, position, KO)!.contents as { value: string }).value, /내 노트/, 'no folder set: no section');
  assert.doesNotMatch((svc.doHover(m, position, { ...EN, notesFolders: ['/elsewhere'] })!.contents as { value: string }).value, /My notes/, 'a file outside the folders is not quoted');
  assert.match((svc.doHover(m, position, { ...EN, notesFolders: ['/notes'] })!.contents as { value: string }).value, /📝 My notes/);
});

test('citations read as titles (the note, the parent heading, the section), not as file ids and line numbers', () => {
  const svc = service();
  const { text, position } = caret('FROM node:22\nEXP|OSE 3000\n');
  const m = svc.parse({ uri: 'file:///w/Dockerfile', path: '/w/Dockerfile', version: 1, text });
  const value = (svc.doHover(m, position, KO)!.contents as { value: string }).value;
  assert.match(value, /📒 강의 노트: DevOps Mainline 강의 노트 › 도커를 이용한 컨테이너 관리 › Dockerfile/);
  assert.doesNotMatch(value, /\(\d{3}:\d+\)/);
});

test('hovers are brief: the first paragraph and two bullets (none on a line with problems), no code; the docs link says there is more; completion documentation is whole', () => {
  const body = ['Intro line.', '- one', '- two', '  continued', '- three', '- four', '', '```yaml', 'a: 1', '```', '', 'Background.'].join('\n');
  const b = briefBody(body, 3);
  assert.equal(b.text, ['Intro line.', '- one', '- two', '  continued', '- three'].join('\n'));
  assert.equal(b.cut, true);
  assert.equal(briefBody(body).text, ['Intro line.', '- one', '- two', '  continued'].join('\n'), 'two bullets unless asked');
  assert.equal(briefBody(body, 0).text, 'Intro line.', 'none on a line with problems');
  assert.deepEqual(briefBody('Only a line.\n- a\n- b'), { text: 'Only a line.\n- a\n- b', cut: false });
  const svc = service();
  const { text, position } = caret('apiVersion: v1\nkind: P|od\nmetadata:\n  name: x\n');
  const m = svc.parse({ uri: 'file:///w/pod.yaml', path: '/w/pod.yaml', version: 1, text });
  const hover = (svc.doHover(m, position, KO)!.contents as { value: string }).value;
  assert.doesNotMatch(hover, /```/, 'the Pod example is left to the docs');
  assert.match(hover, /📘 더 보기: \[kubernetes\.io\/…\/pods\]\(https:\/\/kubernetes\.io\/docs\/concepts\/workloads\/pods\/\) · /);
  assert.equal(hover.split('\n').filter((l) => l.startsWith('📘')).length, 1, 'one line for the docs');
  const doc = svc.documentationFor('kubernetes.kind.Pod', KO) as { value: string };
  assert.match(doc.value, /```yaml\napiVersion: v1\nkind: Pod/, 'completion documentation keeps the example');
});
