import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC008');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC008')[0];
void first;

test('DC008 fires on depends_on cycles, once per cycle', () => {
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [a]\n'), ['DC008@7']);
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    depends_on: [a]\n'), ['DC008@4']);
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on:\n      c:\n        condition: service_started\n  c:\n    image: x:1\n    depends_on: [a]\n'), ['DC008@12']);
});

test('DC008 stays quiet on chains, diamonds and undefined names', () => {
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [c]\n  c:\n    image: x:1\n'), []);
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    depends_on: [b, c]\n  b:\n    image: x:1\n    depends_on: [d]\n  c:\n    image: x:1\n    depends_on: [d]\n  d:\n    image: x:1\n'), []);
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    depends_on: [zz]\n'), []);
});

test('DC008 shows the cycle', () => {
  assert.equal(first('services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [a]\n').args.cycle, 'a → b → a');
});
