import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC006');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC006')[0];
void first;

test('DC006 fires on references to undefined services', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    depends_on: [dbb]\n  db:\n    image: mysql:8.4\n'), ['DC006@4']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      cache:\n        condition: service_started\n    links:\n      - database:db\n'), ['DC006@5', 'DC006@8']);
  assert.deepEqual(fires('services:\n  web:\n    extends:\n      service: base\n    network_mode: "service:vpn"\n    volumes_from:\n      - data:ro\n'), ['DC006@4', 'DC006@5', 'DC006@7']);
});

test('DC006 stays quiet on defined services, other files and containers', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n    links: ["db:database"]\n    network_mode: service:db\n  db:\n    image: mysql:8.4\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n    volumes_from:\n      - container:data\n'), []);
  assert.deepEqual(fires('include:\n  - db.yaml\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n'), [], 'an included file may define it');
  assert.deepEqual(fires('services:\n  web:\n    depends_on: [db]\n', 'compose.override.yaml'), [], 'override files extend a main file');
});

test('DC006 suggests the closest service name', () => {
  const f = first('services:\n  web:\n    image: nginx:1.27\n    depends_on: [dbb]\n  db:\n    image: mysql:8.4\n');
  assert.deepEqual(f.args, { name: 'dbb', via: 'depends_on', suggestion: 'db' });
  assert.deepEqual(f.range, { start: { line: 3, character: 17 }, end: { line: 3, character: 20 } });
});
