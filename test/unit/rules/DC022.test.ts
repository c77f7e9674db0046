import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';
import { applyFirstFix } from './spec';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC022');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC022')[0];
void first;

test('DC022 fires on unquoted base-60 port mappings', () => {
  assert.deepEqual(fires('services:\n  ssh:\n    image: x:1\n    ports:\n      - 22:22\n'), ['DC022@5']);
  assert.deepEqual(fires('services:\n  ssh:\n    image: x:1\n    ports:\n      - 2222:22\n      - 8000:50\n'), ['DC022@5', 'DC022@6']);
  assert.deepEqual(fires('services:\n  ssh:\n    image: x:1\n    ports: [21:21]\n'), ['DC022@4']);
});

test('DC022 stays quiet on quoted mappings and ones YAML 1.1 reads as strings', () => {
  assert.deepEqual(fires('services:\n  ssh:\n    image: x:1\n    ports:\n      - "22:22"\n      - \'2222:22\'\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: x:1\n    ports:\n      - 80:80\n      - 3000:3000\n      - 8080\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: x:1\n    ports:\n      - 127.0.0.1:22:22\n'), []);
});

test('DC022 shows the number YAML 1.1 reads and quotes the value', () => {
  const text = 'services:\n  ssh:\n    image: x:1\n    ports:\n      - 22:22\n';
  const f = first(text);
  assert.deepEqual(f.args, { port: '22:22', number: '1342' });
  assert.equal(applyFirstFix(text, f), text.replace('- 22:22', '- "22:22"'));
});
