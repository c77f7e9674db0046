// The LSP server's model cache: one parse per document version, the previous model handed to the next parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ModelCache } from '../../server/src/lsp/modelCache';
import type { LanguageService } from '../../server/src/service/languageService';
import type { ParseInput } from '../../server/src/service/model';
import { service } from '../helpers';

/** A ModelCache over the real service, with its parse calls recorded. */
function spied(): { cache: ModelCache; calls: ParseInput[] } {
  const real = service();
  const calls: ParseInput[] = [];
  const svc: LanguageService = { ...real, parse: (input) => (calls.push(input), real.parse(input)) };
  return { cache: new ModelCache(svc), calls };
}

const doc = (uri: string, version: number, text: string, languageId = 'dockerfile') => TextDocument.create(uri, languageId, version, text);

test('the same version gives the same model, parsed once', () => {
  const { cache, calls } = spied();
  const d = doc('file:///w/Dockerfile', 1, 'FROM alpine:3.20\n');
  const m = cache.get(d);
  assert.equal(cache.get(d), m);
  assert.equal(cache.get(doc('file:///w/Dockerfile', 1, 'FROM alpine:3.20\n')), m, 'another TextDocument object of that version');
  assert.equal(calls.length, 1);
  assert.deepEqual({ uri: calls[0].uri, text: calls[0].text, version: calls[0].version, languageId: calls[0].languageId, previous: calls[0].previous }, { uri: 'file:///w/Dockerfile', text: 'FROM alpine:3.20\n', version: 1, languageId: 'dockerfile', previous: undefined });
  assert.equal(m.version, 1);
  assert.deepEqual(m.units.map((u) => u.format), ['dockerfile'], 'a real parse');
});

test('a new version gives a new model, parsed with the previous one', () => {
  const { cache, calls } = spied();
  const uri = 'file:///w/compose.yaml';
  const v1 = cache.get(doc(uri, 1, 'services:\n  web:\n    image: nginx:1.27\n', 'yaml'));
  const v2 = cache.get(doc(uri, 2, 'services:\n  web:\n    image: nginx:1.28\n', 'yaml'));
  assert.notEqual(v2, v1);
  assert.equal(v2.version, 2);
  assert.equal(v2.text, 'services:\n  web:\n    image: nginx:1.28\n');
  assert.equal(calls.length, 2);
  assert.equal(calls[1].previous, v1, 'the previous model is passed on');
  assert.equal(cache.get(doc(uri, 2, v2.text, 'yaml')), v2, 'and the new one is cached');
  const v3 = cache.get(doc(uri, 3, v2.text, 'yaml'));
  assert.equal(calls[2].previous, v2);
  assert.notEqual(v3, v2);
  assert.equal(cache.size, 1, 'one entry per document');
});

test('documents are cached apart; delete, clear and size', () => {
  const { cache, calls } = spied();
  const a = doc('file:///w/a/Dockerfile', 1, 'FROM a:1\n');
  const b = doc('file:///w/b/Dockerfile', 1, 'FROM b:1\n');
  assert.equal(cache.size, 0);
  const ma = cache.get(a);
  const mb = cache.get(b);
  assert.notEqual(ma, mb);
  assert.equal(cache.size, 2);
  assert.equal(calls[1].previous, undefined, "another document's model is not a previous version");

  cache.delete(a.uri);
  assert.equal(cache.size, 1);
  assert.equal(cache.get(b), mb, 'delete leaves the others');
  assert.equal(calls.length, 2);
  const ma2 = cache.get(a);
  assert.notEqual(ma2, ma, 'a deleted document is parsed again');
  assert.equal(calls[2].previous, undefined, 'from scratch');
  assert.equal(cache.size, 2);
  cache.delete('file:///w/never-opened');
  assert.equal(cache.size, 2);

  cache.clear();
  assert.equal(cache.size, 0);
  assert.notEqual(cache.get(b), mb, 'cleared: parsed again');
  assert.equal(calls.at(-1)!.previous, undefined);
  assert.equal(calls.length, 4);
  assert.equal(cache.size, 1);
});
