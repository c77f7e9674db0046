import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string) => findingsOf('Dockerfile', text, EN, 'DF001');

test('DF001 fires on ADD of local files', () => {
  assert.deepEqual(fires('FROM alpine:3.20\nADD app.py /app/\n'), ['DF001@2']);
  assert.deepEqual(fires('FROM alpine:3.20\nADD . /src\n'), ['DF001@2']);
  assert.deepEqual(fires('FROM alpine:3.20\nADD --chown=app:app conf/ /etc/app/\n'), ['DF001@2']);
  assert.deepEqual(fires('FROM alpine:3.20\nADD ["a b.txt", "/dst/"]\n'), ['DF001@2'], 'JSON form');
  assert.deepEqual(fires('FROM alpine:3.20\nadd src dst\n'), ['DF001@2'], 'lower-case keyword');
  assert.deepEqual(fires('FROM alpine:3.20\nADD a \\\n    b /dst/\n'), ['DF001@2'], 'line continuation');
});

test('DF001 stays quiet where ADD does something COPY cannot', () => {
  assert.deepEqual(fires('FROM alpine:3.20\nADD https://example.com/app.tar.gz /tmp/\n'), [], 'URL');
  assert.deepEqual(fires('FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n'), [], 'git');
  assert.deepEqual(fires('FROM alpine:3.20\nADD rootfs.tar.gz /\n'), [], 'local archive is extracted');
  assert.deepEqual(fires('FROM alpine:3.20\nADD --checksum=sha256:abc https://x/y /y\n'), [], 'checksum means remote');
  assert.deepEqual(fires('FROM alpine:3.20\nADD $SRC /dst\n'), [], 'variable: unknown');
  assert.deepEqual(fires('FROM alpine:3.20\nCOPY app.py /app/\n'), [], 'COPY is fine');
  assert.deepEqual(fires('FROM alpine:3.20\n# ADD app.py /app/\n'), [], 'comment');
  assert.deepEqual(fires('FROM alpine:3.20\nRUN echo ADD a b\n'), [], 'inside RUN');
  assert.deepEqual(fires('FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n'), [], 'heredoc');
});

test('DF001 quick fix replaces the keyword with COPY, keeping its case', () => {
  for (const [src, expected] of [['ADD app.py /app/', 'COPY'], ['add app.py /app/', 'copy']] as const) {
    const m = model('Dockerfile', `FROM alpine:3.20\n${src}\n`);
    const actions = service().doCodeActions(m, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, EN);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, 'a preferred quick fix');
    assert.equal(fix.title, 'Replace ADD with COPY');
    const edits = fix.edit!.changes![m.uri];
    assert.deepEqual(edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: expected }]);
  }
});

test('DF001 can be silenced by a comment naming it, and only it', () => {
  assert.deepEqual(fires('FROM alpine:3.20\n# devops-hints-ignore DF001\nADD app.py /app/\n'), []);
  assert.deepEqual(fires('FROM alpine:3.20\n# devops-hints-ignore DF999\nADD app.py /app/\n'), ['DF001@3']);
  assert.deepEqual(fires('# devops-hints-ignore-file DF001\nFROM alpine:3.20\nADD a /a\nADD b /b\n'), []);
});
