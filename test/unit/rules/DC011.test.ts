import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC011');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC011')[0];
void first;

test('DC011 fires on a fixed host port of a scaled service', () => {
  assert.deepEqual(fires('services:\n  web:\n    build: .\n    scale: 3\n    ports:\n      - "5000:5000"\n'), ['DC011@6']);
  assert.deepEqual(fires('services:\n  web:\n    build: .\n    deploy: { replicas: 2 }\n    ports:\n      - "127.0.0.1:8080:80"\n      - target: 443\n        published: 8443\n'), ['DC011@6', 'DC011@7']);
  assert.deepEqual(fires('services:\n  web:\n    build: .\n    scale: 3\n    ports: ["8000-8001:80"]\n'), ['DC011@5'], 'a range narrower than the scale');
});

test('DC011 stays quiet on container-only ports, wide ranges and single containers', () => {
  assert.deepEqual(fires('services:\n  web:\n    build: .\n    scale: 3\n    ports:\n      - "5000"\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    build: .\n    scale: 3\n    ports: ["8000-8002:80"]\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    build: .\n    ports: ["5000:5000"]\n'), []);
});
