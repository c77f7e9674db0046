import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';
import { applyFirstFix } from './spec';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC016');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC016')[0];
void first;

test('DC016 fires on the top-level version', () => {
  assert.deepEqual(fires('version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n'), ['DC016@1']);
  assert.deepEqual(fires('# app\nversion: \'2\'\nservices:\n  web:\n    image: nginx:1.27\n'), ['DC016@2']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\nversion: "3"\n'), ['DC016@4']);
});

test('DC016 stays quiet without a top-level version', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    labels:\n      version: "3"\n'), []);
  assert.deepEqual(fires('name: app\nservices:\n  web:\n    image: nginx:1.27\n    environment:\n      version: 1\n'), []);
});

test('DC016 quick fix removes the line', () => {
  const text = 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n';
  assert.equal(applyFirstFix(text, first(text)), 'services:\n  web:\n    image: nginx:1.27\n');
});
