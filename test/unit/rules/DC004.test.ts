import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string) => findingsOf('compose.yaml', text, EN, 'DC004');

test('DC004 fires on missing required keys', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        restart: true\n  db:\n    image: mysql:8.4\n'), ['DC004@5']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    develop:\n      watch:\n        - path: ./src\n'), ['DC004@6']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    extends:\n      file: base.yaml\n'), ['DC004@4']);
  assert.deepEqual(fires('models:\n  m:\n    context_size: 1024\nservices:\n  web:\n    image: nginx:1.27\n'), ['DC004@2']);
});

test('DC004 stays quiet when the required keys are there, or a typo explains the gap', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_started\n  db:\n    image: mysql:8.4\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    develop:\n      watch:\n        - path: ./src\n          action: rebuild\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condtion: service_started\n  db:\n    image: mysql:8.4\n'), [], 'DC001 reports the typo instead');
});

test('DC004 names the missing key and marks the map\'s key', () => {
  const m = model('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        restart: true\n  db:\n    image: mysql:8.4\n');
  const [f] = service().findings(m, EN).filter((x) => x.ruleId === 'DC004');
  assert.deepEqual(f.range, { start: { line: 4, character: 6 }, end: { line: 4, character: 8 } });
  assert.deepEqual(f.args, { key: 'services.web.depends_on.db', property: 'condition' });
});
