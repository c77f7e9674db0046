import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string) => findingsOf('compose.yaml', text, EN, 'DC005');

test('DC005 fires on malformed values', () => {
  assert.deepEqual(fires('services:\n  my web:\n    image: nginx:1.27\n'), ['DC005@2']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    pull_policy: sometimes\n'), ['DC005@4']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    cpu_count: -1\n'), ['DC005@4']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_ADMIN\n      - NET_ADMIN\n'), ['DC005@6']);
});

test('DC005 stays quiet on well-formed values', () => {
  assert.deepEqual(fires('services:\n  my-web_1.x:\n    image: nginx:1.27\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    pull_policy: every_12h\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    cpu_count: 2\n    cap_add: [NET_ADMIN, SYS_TIME]\n'), []);
});

test('DC005 explains the name rule', () => {
  const m = model('compose.yaml', 'services:\n  my web:\n    image: nginx:1.27\n');
  const [f] = service().findings(m, EN).filter((x) => x.ruleId === 'DC005');
  assert.equal(f.variant, 'name');
  assert.deepEqual(f.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } });
  const [d] = service().doValidation(m, EN).filter((x) => x.code === 'DC005');
  assert.match(String(d.message), /`my web`.*letters, digits/);
});
