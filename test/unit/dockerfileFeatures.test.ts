import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, KO, caret, model, service } from '../helpers';
import { FLAGS } from '../../server/src/service/dockerfile/rules/DF105-unknown-flag';

function hover(textWithCaret: string) {
  const { text, position } = caret(textWithCaret);
  const hit = service().findHover(model('Dockerfile', text), position);
  return hit && { id: hit.entryId, facts: (hit.facts ?? []).map((f) => `${f.id}${f.args ? ' ' + JSON.stringify(f.args) : ''}`) };
}

test('flags, directives and heredocs have their own hover', () => {
  assert.equal(hover('FROM alpine:3.20\nCOPY --ch|own=app:app a /a\n')?.id, 'dockerfile.flag.copy.chown');
  assert.equal(hover('FROM --plat|form=$BUILDPLATFORM alpine:3.20\n')?.id, 'dockerfile.flag.from.platform');
  assert.equal(hover('FROM alpine:3.20\nRUN --mount=type=cache,tar|get=/root/.cache pip install x\n')?.id, 'dockerfile.flag.run.mount');
  assert.equal(hover('FROM alpine:3.20\nHEALTHCHECK --inter|val=30s CMD true\n')?.id, 'dockerfile.flag.healthcheck.interval');
  assert.equal(hover('# syn|tax=docker/dockerfile:1\nFROM alpine:3.20\n')?.id, 'dockerfile.directive.syntax');
  assert.equal(hover('# esc|ape=`\nFROM alpine:3.20\n')?.id, 'dockerfile.directive.escape');
  assert.equal(hover('FROM alpine:3.20\nRUN <<E|OF\necho hi\nEOF\n')?.id, 'dockerfile.heredoc');
});

test('every flag we complete or check has a knowledge-base entry', () => {
  const missing: string[] = [];
  for (const [kw, flags] of Object.entries(FLAGS)) for (const f of flags) if (!service().kb.get(`dockerfile.flag.${kw.toLowerCase()}.${f}`)) missing.push(`${kw} --${f}`);
  assert.deepEqual(missing.filter((m) => m !== 'ADD --unpack'), []);
});

test('image references on FROM: parts, latest, untagged, digest, scratch, stage', () => {
  assert.deepEqual(hover('FROM no|de:20-alpine\n'), { id: 'dockerfile.image.reference', facts: ['fact.image.parts {"registry":"docker.io","repository":"library/node","tag":"20-alpine"}'] });
  assert.equal(hover('FROM ng|inx:latest\n')?.id, 'dockerfile.image.latest');
  assert.deepEqual(hover('FROM ng|inx\n'), { id: 'dockerfile.image.untagged', facts: ['fact.image.parts {"registry":"docker.io","repository":"library/nginx","tag":"latest"}'] });
  assert.equal(hover('FROM ghcr.io/org/a|pp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n')?.id, 'dockerfile.image.digest');
  assert.equal(hover('FROM scr|atch\n')?.id, 'dockerfile.image.scratch');
  assert.deepEqual(hover('FROM node:20 AS build\nFROM bu|ild AS test\n'), { id: 'dockerfile.stage.name', facts: ['fact.stage.defined {"name":"build","line":"1","image":"node:20"}'] });
  assert.deepEqual(hover('FROM registry.example.com:5000/team/a|pp:1.2\n')?.facts, ['fact.image.parts {"registry":"registry.example.com:5000","repository":"team/app","tag":"1.2"}']);
});

test('stage names: where they are used, and what --from refers to', () => {
  assert.deepEqual(hover('FROM node:20 AS bu|ild\nRUN x\nFROM nginx:1.27\nCOPY --from=build /a /b\n'), { id: 'dockerfile.stage.name', facts: ['fact.stage.usedBy {"lines":"4"}'] });
  assert.deepEqual(hover('FROM node:20 AS bu|ild\nFROM nginx:1.27\n'), { id: 'dockerfile.stage.name', facts: ['fact.stage.unused'] });
  assert.deepEqual(hover('FROM node:20 AS build\nFROM nginx:1.27\nCOPY --from=bu|ild /a /b\n'), { id: 'dockerfile.stage.name', facts: ['fact.stage.defined {"name":"build","line":"1","image":"node:20"}'] });
  assert.deepEqual(hover('FROM nginx:1.27\nCOPY --from=busy|box /bin/busybox /bin/\n'), { id: 'dockerfile.stage.name', facts: ['fact.stage.image {"name":"busybox"}'] });
});

test('variables: the value in this stage, ARG vs ENV, undeclared, shell', () => {
  assert.deepEqual(hover('FROM alpine:3.20\nARG VERSION=1.2\nLABEL v=$VER|SION\n'), { id: 'dockerfile.variable.reference', facts: ['fact.var.value {"name":"VERSION","value":"1.2","kind":"ARG","line":"2"}'] });
  assert.deepEqual(hover('ARG NODE=20\nFROM node:${NO|DE}\n')?.facts, ['fact.var.value {"name":"NODE","value":"20","kind":"ARG","line":"1"}']);
  assert.deepEqual(hover('ARG V=1\nFROM alpine:3.20\nLABEL v=$|V\n')?.facts, ['fact.var.undeclared {"name":"V"}'], 'a global ARG is not visible inside the stage');
  assert.deepEqual(hover('FROM alpine:3.20\nARG TOKEN\nLABEL t=${TO|KEN}\n')?.facts, ['fact.var.noDefault {"name":"TOKEN","kind":"ARG","line":"2"}']);
  assert.deepEqual(hover('FROM alpine:3.20\nENV APP=/app\nWORKDIR $A|PP\n')?.facts, ['fact.var.value {"name":"APP","value":"/app","kind":"ENV","line":"2"}']);
  assert.deepEqual(hover('FROM alpine:3.20\nRUN echo $HO|ME\n')?.facts, ['fact.var.shell {"name":"HOME"}']);
});

test('CMD and ENTRYPOINT hovers say what the container really runs', () => {
  assert.deepEqual(hover('FROM node:20\nENTRYPOINT ["docker-entrypoint.sh"]\nC|MD ["node"]\n')?.facts, ['fact.cmd.runs {"command":"docker-entrypoint.sh node"}']);
  assert.deepEqual(hover('FROM node:20\nCM|D node server.js\n')?.facts, ['fact.cmd.runs {"command":"/bin/sh -c \\"node server.js\\""}']);
  assert.deepEqual(hover('FROM node:20\nENTRY|POINT /run.sh\nCMD ["x"]\n')?.facts, ['fact.cmd.shellEntrypoint {"command":"/bin/sh -c /run.sh"}']);
  assert.deepEqual(hover('FROM node:20\nEXP|OSE 80\n'), { id: 'dockerfile.instruction.expose', facts: [] });
});

test('facts render in the hover, in Korean and English', () => {
  const { text, position } = caret('FROM alpine:3.20\nARG VERSION=1.2\nLABEL v=$VER|SION\n');
  const m = model('Dockerfile', text);
  const ko = (service().doHover(m, position, KO)!.contents as { value: string }).value;
  const en = (service().doHover(m, position, EN)!.contents as { value: string }).value;
  assert.match(ko, /\*이 파일에서\*\n- 여기서 `VERSION` = `1\.2` \(2행의 ARG\)/);
  assert.match(en, /\*In this file\*\n- Here `VERSION` = `1\.2` \(ARG on line 2\)/);
});

function labels(textWithCaret: string): string[] {
  const { text, position } = caret(textWithCaret);
  return service().findCompletions(model('Dockerfile', text), position).map((c) => c.label);
}

test('completion: instructions at the start of a line, never inside a continuation', () => {
  const all = labels('FROM alpine:3.20\nCO|\n');
  assert.equal(all.filter((l) => !l.startsWith('dh-')).length, 18);
  assert.ok(all.includes('COPY') && all.includes('HEALTHCHECK'));
  assert.ok(all.includes('dh-healthcheck') && all.includes('dh-cache-npm'), 'and the instruction snippets');
  assert.deepEqual(labels('FROM alpine:3.20\nRUN apk add \\\n  gi|\n'), []);
  assert.deepEqual(labels('FROM alpine:3.20\nRUN echo hi|\n'), []);
  const { text, position } = caret('FROM alpine:3.20\nwor|\n');
  const item = service().doComplete(model('Dockerfile', text), position, KO).items.find((i) => i.label === 'WORKDIR')!;
  assert.equal(item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : '', 'workdir ${1:/app}', 'lower-case typing gets lower-case insertion');
  assert.equal(item.insertTextFormat, 2);
  assert.match((item.documentation as { value: string }).value, /WORKDIR/);
  assert.match(item.detail ?? '', /[가-힣]/, 'Korean detail');
});

test('completion: flags per instruction, stage names after --from=, variables after $, directives', () => {
  assert.deepEqual(labels('FROM alpine:3.20\nCOPY --|\n').sort(), ['--chmod', '--chown', '--exclude', '--from', '--link', '--parents']);
  assert.deepEqual(labels('FROM --|\n'), ['--platform']);
  assert.deepEqual(labels('FROM alpine:3.20\nRUN --m|\n').sort(), ['--mount', '--network', '--security']);
  assert.deepEqual(labels('FROM node:20 AS build\nFROM node:20 AS test\nFROM nginx:1.27\nCOPY --from=|\n'), ['build', 'test']);
  assert.deepEqual(labels('FROM node:20 AS build\nCOPY --from=|\nFROM node:20 AS later\n'), [], 'only earlier stages');
  assert.deepEqual(labels('ARG BASE=alpine\nFROM $|\n').filter((l) => !l.startsWith('TARGET') && !l.startsWith('BUILD')), ['BASE']);
  assert.deepEqual(labels('ARG G=1\nFROM alpine:3.20\nARG A=1\nENV B=2\nRUN echo ${|\nARG C=3\n').filter((l) => !l.startsWith('TARGET') && !l.startsWith('BUILD')), ['A', 'B']);
  assert.deepEqual(labels('# |\nFROM alpine:3.20\n').sort(), ['check', 'escape', 'syntax']);
  assert.deepEqual(labels('FROM alpine:3.20\n# a comment |\n'), []);
});
