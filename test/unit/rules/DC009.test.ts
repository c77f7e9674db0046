import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC009');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC009')[0];
void first;

test('DC009 fires on services with nothing to run', () => {
  assert.deepEqual(fires('services:\n  web:\n    ports: ["80:80"]\n'), ['DC009@2']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n  worker:\n    command: ["run"]\n'), ['DC009@4']);
  assert.deepEqual(fires('services:\n  db:\n    environment:\n      A: "1"\n  cache:\n    restart: always\n'), ['DC009@2', 'DC009@5']);
});

test('DC009 stays quiet with image, build, extends, provider, a merge key, or in override files', () => {
  assert.deepEqual(fires('services:\n  a:\n    image: nginx:1.27\n  b:\n    build: .\n  c:\n    extends: a\n  d:\n    provider:\n      type: model\n'), []);
  assert.deepEqual(fires('x-base: &base\n  image: nginx:1.27\nservices:\n  a:\n    <<: *base\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    ports: ["80:80"]\n', 'docker-compose.override.yml'), []);
});
