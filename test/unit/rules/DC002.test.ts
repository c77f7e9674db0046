import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string) => findingsOf('compose.yaml', text, EN, 'DC002');

test('DC002 fires on values of the wrong type', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    ports: "80:80"\n'), ['DC002@4']);
  assert.deepEqual(fires('services:\n  web:\n    image:\n      name: nginx\n'), ['DC002@3']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    privileged: [true]\n'), ['DC002@4']);
  assert.deepEqual(fires('services:\n  - web\n'), ['DC002@1']);
});

test('DC002 stays quiet on the alternatives the spec allows', () => {
  assert.deepEqual(fires('services:\n  web:\n    build: .\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    build:\n      context: .\n    environment:\n      - A=1\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    environment:\n      A: 1\n      B: true\n    command: ["npm", "start"]\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    ports:\n      - 80\n      - "443:443"\n      - target: 81\n        published: 8081\n'), []);
});

test('DC002 collapses the oneOf noise into one diagnostic with the expected types', () => {
  const m = model('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    command: { a: 1 }\n');
  const fs = service().findings(m, EN).filter((f) => f.ruleId.startsWith('DC00'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].ruleId, 'DC002');
  assert.deepEqual(fs[0].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 11 } });
  assert.equal(fs[0].args.expected, '`null`, `string`, `array`');
  assert.equal(fs[0].args.actual, '`object`');
});
