import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';
import { applyFirstFix } from './spec';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC021');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC021')[0];
void first;

test('DC021 fires on config files bind-mounted read-write into /etc', () => {
  assert.deepEqual(fires('services:\n  grafana:\n    image: grafana/grafana:11.0.0\n    volumes:\n      - ./files/grafana.ini:/etc/grafana/grafana.ini\n'), ['DC021@5']);
  assert.deepEqual(fires('services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - "./my.cnf:/etc/mysql/conf.d/my.cnf"\n'), ['DC021@5']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./nginx.conf\n        target: /etc/nginx/nginx.conf\n'), ['DC021@5']);
});

test('DC021 stays quiet on read-only mounts, folders, data paths and named volumes', () => {
  assert.deepEqual(fires('services:\n  grafana:\n    image: grafana/grafana:11.0.0\n    volumes:\n      - ./files/grafana.ini:/etc/grafana/grafana.ini:ro\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./conf.d:/etc/nginx/conf.d\n      - ./data.json:/app/data.json\n      - conf:/etc/app/app.yaml\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./nginx.conf\n        target: /etc/nginx/nginx.conf\n        read_only: true\n'), []);
});

test('DC021 quick fix appends :ro', () => {
  const plain = 'services:\n  grafana:\n    image: grafana/grafana:11.0.0\n    volumes:\n      - ./files/grafana.ini:/etc/grafana/grafana.ini\n';
  assert.equal(applyFirstFix(plain, first(plain)), plain.replace('grafana.ini\n', 'grafana.ini:ro\n'));
  const quoted = 'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - "./my.cnf:/etc/mysql/conf.d/my.cnf"\n';
  assert.equal(applyFirstFix(quoted, first(quoted)), quoted.replace('my.cnf"', 'my.cnf:ro"'));
});
