import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC007');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC007')[0];
void first;

test('DC007 fires on undeclared volumes, networks, secrets and configs', () => {
  assert.deepEqual(fires('services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - db-data:/var/lib/mysql\n'), ['DC007@5']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    networks: [front]\n    secrets: [api_key]\n    configs:\n      - source: nginx_conf\n        target: /etc/nginx/nginx.conf\n'), ['DC007@4', 'DC007@5', 'DC007@7']);
  assert.deepEqual(fires('services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - type: volume\n        source: data\n        target: /var/lib/mysql\nvolumes:\n  dat: {}\n'), ['DC007@6']);
});

test('DC007 stays quiet on declared names, bind mounts, anonymous volumes and the default network', () => {
  assert.deepEqual(fires('services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - db-data:/var/lib/mysql\n      - ./init:/docker-entrypoint-initdb.d:ro\n      - /var/lib/extra\n    networks: [default, back]\nvolumes:\n  db-data: {}\nnetworks:\n  back: {}\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    secrets: [k]\n    configs: [c]\nsecrets:\n  k:\n    file: ./k.txt\nconfigs:\n  c:\n    content: hi\n'), []);
  assert.deepEqual(fires('services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - ${DATA_VOLUME}:/var/lib/mysql\n'), []);
  assert.deepEqual(fires('services:\n  db:\n    volumes: [data:/data]\n', 'compose.override.yaml'), []);
});

test('DC007 names the section and suggests a close name', () => {
  const f = first('services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - type: volume\n        source: data\n        target: /var/lib/mysql\nvolumes:\n  dat: {}\n');
  assert.deepEqual(f.args, { name: 'data', kind: 'volumes', service: 'db', suggestion: 'dat' });
});
