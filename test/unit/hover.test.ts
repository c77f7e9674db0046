import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { DATA_DIR, EN, KO, NOTES_DIR, caret, dedent, findingsOf, model, service, serviceData } from '../helpers';
import { createLanguageService } from '../../server/src/service/languageService';

const INSTRUCTIONS = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];

function hoverId(path: string, textWithCaret: string): string | undefined {
  const { text, position } = caret(textWithCaret);
  return service().findHover(model(path, text), position)?.entryId;
}

test('every one of the 18 Dockerfile instructions has a hover entry', () => {
  for (const kw of INSTRUCTIONS) {
    const line = `${kw.slice(0, 2)}|${kw.slice(2)} something`;
    assert.equal(hoverId('Dockerfile', `FROM alpine:3.20\n${line}\n`), `dockerfile.instruction.${kw.toLowerCase()}`, kw);
  }
});

test('Dockerfile hover: keyword only, any case, with continuation lines', () => {
  assert.equal(hoverId('Dockerfile', 'fr|om alpine:3.20\n'), 'dockerfile.instruction.from');
  assert.equal(hoverId('Dockerfile', 'FROM alpine:3.20\nRUN apk add \\\n  cu|rl\n'), undefined, 'an argument is not the keyword');
  assert.equal(hoverId('Dockerfile', '# a co|mment\nFROM alpine:3.20\n'), undefined);
  assert.equal(hoverId('Dockerfile', 'FROM alpine:3.20\nFOO| bar\n'), undefined, 'unknown instruction');
});

test('Kubernetes hover: spec.replicas of a Deployment, on the key and on the value', () => {
  const doc = (where: 'key' | 'value') => dedent(`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      ${where === 'key' ? 'repl|icas: 3' : 'replicas: |3'}
  `);
  assert.equal(hoverId('d.yaml', doc('key')), 'kubernetes.workload.spec.replicas');
  assert.equal(hoverId('d.yaml', doc('value')), 'kubernetes.workload.spec.replicas');
});

test('Kubernetes hover respects kinds and paths', () => {
  assert.equal(hoverId('s.yaml', 'apiVersion: v1\nkind: Service\nspec:\n  repl|icas: 3\n'), undefined, 'a Service has no replicas');
  assert.equal(hoverId('d.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  repl|icas: 3\n'), undefined, 'metadata.replicas is not spec.replicas');
  assert.equal(hoverId('cfg.yaml', 'spec:\n  repl|icas: 3\n'), undefined, 'not a manifest');
  assert.equal(hoverId('d.yaml', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      ima|ge: nginx:1.27\n'), 'kubernetes.container.image');
  assert.equal(hoverId('multi.yaml', 'apiVersion: v1\nkind: Service\n---\napiVersion: apps/v1\nkind: StatefulSet\nspec:\n  replicas: |2\n'), 'kubernetes.workload.spec.replicas', 'second document');
});

test('hover renders Korean or English with the note citation and the docs link', () => {
  const { text, position } = caret('FROM alpine:3.20\nCO|PY . /app\n');
  const m = model('Dockerfile', text);
  const ko = service().doHover(m, position, KO)!;
  const en = service().doHover(m, position, EN)!;
  const koText = (ko.contents as { value: string }).value;
  const enText = (en.contents as { value: string }).value;
  assert.match(koText, /^\*\*COPY/);
  assert.match(koText, /[가-힣]{2,}/);
  assert.match(koText, /📒 \[?강의 노트: DevOps Mainline 강의 노트 › /);
  assert.match(koText, /📘 (공식 문서|더 보기): \[docs\.docker\.com\/…\/dockerfile#copy\]\(https:\/\/docs\.docker\.com\/reference\/dockerfile\/#copy\)/);
  assert.match(enText, /Course note: DevOps Mainline course log › /);
  assert.doesNotMatch(enText.split('---')[0], /[가-힣]/, 'the English body has no Korean (cited note headings may)');
  assert.deepEqual(ko.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
});

test('plain-text hover for clients without markdown', () => {
  const { text, position } = caret('FR|OM alpine:3.20\n');
  const h = service().doHover(model('Dockerfile', text), position, EN, { markdown: false })!;
  assert.equal((h.contents as { kind: string }).kind, 'plaintext');
  assert.doesNotMatch((h.contents as { value: string }).value, /\*\*|\]\(/);
});

test('citations link to the note line when the notes folder is configured', (t) => {
  if (!existsSync(NOTES_DIR)) {
    t.skip('../shared/notes not present');
    return;
  }
  const { text, position } = caret('FR|OM alpine:3.20\n');
  const svc = createLanguageService({ data: serviceData(), fileExists: existsSync });
  const value = (svc.doHover(svc.parse({ uri: 'file:///work/Dockerfile', text }), position, { ...EN, notesFolders: [NOTES_DIR] })!.contents as { value: string }).value;
  // The lines of the cited headings, read from server/data/notes.yaml itself.
  const catalog = parse(readFileSync(join(DATA_DIR, 'notes.yaml'), 'utf8')) as { notes: { id: string; file: string; headings: { line: number; text: string }[] }[] };
  const citations = svc.kb.get('dockerfile.instruction.from')!.notes!;
  assert.ok(citations.some((c) => c.note === '002'), 'FROM cites note 002');
  for (const c of citations) {
    const note = catalog.notes.find((n) => n.id === c.note)!;
    const line = note.headings.find((h) => h.text === c.section)!.line;
    const href = `${pathToFileURL(join(NOTES_DIR, note.file)).href}#L${line}`;
    assert.ok(value.includes(`](${href})`), `a link to ${href} in:\n${value}`);
    // the link lands on the heading itself
    assert.match(readFileSync(join(NOTES_DIR, note.file), 'utf8').split('\n')[line - 1], new RegExp(`^#+ .*${c.section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }
  assert.match(value, /\]\(file:\/\/[^)]*\/002_[^)]*\.txt#L\d+\)/);
});

test('citations are not linked without a notes folder, or when the folder lacks the note', () => {
  const { text, position } = caret('FR|OM alpine:3.20\n');
  const svc = createLanguageService({ data: serviceData(), fileExists: existsSync });
  const m = svc.parse({ uri: 'file:///work/Dockerfile', text });
  for (const settings of [EN, { ...EN, notesFolders: [join(NOTES_DIR, 'no-such-folder')] }]) {
    const value = (svc.doHover(m, position, settings)!.contents as { value: string }).value;
    assert.match(value, /📒 /, 'the citation is there');
    assert.doesNotMatch(value, /file:\/\//, 'but not linked');
  }
});

test('entries with placeholders are filled from the hit (Compose references)', () => {
  const { text, position } = caret('services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - d|b\n  db:\n    image: postgres:16\n');
  const m = model('compose.yaml', text);
  const h = service().doHover(m, position, EN);
  assert.ok(h, 'a hover on the referenced service name');
  const value = (h.contents as { value: string }).value;
  assert.doesNotMatch(value, /\{[a-z]\w*\}/, 'no unfilled placeholder');
  assert.match(value, /db/);
  assert.match(value, /6/, 'the line where db is defined');
});

test('on a line with a problem (shown above the hover by VS Code) the hover keeps only its first paragraph', () => {
  const svc = service();
  const withProblem = caret('FROM alpine:3.20\nA|DD src /app/src\n');
  const clean = caret('FROM alpine:3.20\nA|DD app.tar.gz /app/\n');
  const text = (c: { text: string; position: { line: number; character: number } }) =>
    (svc.doHover(model('Dockerfile', c.text), c.position, KO)!.contents as { value: string }).value;
  assert.deepEqual(findingsOf('Dockerfile', withProblem.text, KO, 'DF001').length, 1);
  assert.deepEqual(findingsOf('Dockerfile', clean.text, KO, 'DF001').length, 0, 'a local archive is what ADD is for');
  assert.doesNotMatch(text(withProblem), /\n- /, 'no bullets under the problem');
  assert.match(text(clean), /\n- /, 'bullets on a clean line');
  assert.match(text(withProblem), /📘 /);
});
