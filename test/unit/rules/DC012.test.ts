import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC012');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC012')[0];
void first;

test('DC012 fires on a host port published twice', () => {
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    ports: ["8080:80"]\n  b:\n    image: y:1\n    ports: ["8080:8080"]\n'), ['DC012@7']);
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    ports:\n      - "80:80"\n      - "80:8080"\n'), ['DC012@6']);
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    ports: ["127.0.0.1:5432:5432"]\n  b:\n    image: y:1\n    ports:\n      - target: 5432\n        published: 5432\n'), ['DC012@8']);
});

test('DC012 stays quiet on different ports, protocols, addresses and disjoint profiles', () => {
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    ports: ["8080:80"]\n  b:\n    image: y:1\n    ports: ["8081:80", "80"]\n'), []);
  assert.deepEqual(fires('services:\n  dns:\n    image: x:1\n    ports: ["53:53/tcp", "53:53/udp"]\n'), []);
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    ports: ["127.0.0.1:80:80"]\n  b:\n    image: y:1\n    ports: ["127.0.0.2:80:80"]\n'), []);
  assert.deepEqual(fires('services:\n  a:\n    image: x:1\n    profiles: [dev]\n    ports: ["80:80"]\n  b:\n    image: y:1\n    profiles: [prod]\n    ports: ["80:80"]\n'), []);
});

test('DC012 names the other service', () => {
  assert.deepEqual(first('services:\n  a:\n    image: x:1\n    ports: ["8080:80"]\n  b:\n    image: y:1\n    ports: ["8080:8080"]\n').args, { port: '8080', service: 'b', other: 'a' });
});
