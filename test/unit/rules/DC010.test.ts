import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC010');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC010')[0];
void first;

test('DC010 fires on container_name with several replicas', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    container_name: web\n    scale: 3\n'), ['DC010@4']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    container_name: web\n    deploy:\n      replicas: 2\n'), ['DC010@4']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: "4"\n    container_name: web\n'), ['DC010@6']);
});

test('DC010 stays quiet with one replica or no container_name', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    container_name: web\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    container_name: web\n    scale: 1\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    scale: 3\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    container_name: web\n    scale: ${N}\n'), []);
});
