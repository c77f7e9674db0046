import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC020');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC020')[0];
void first;

test('DC020 fires on untagged and latest images', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx\n'), ['DC020@3']);
  assert.deepEqual(fires('services:\n  web:\n    image: grafana/grafana:latest\n'), ['DC020@3']);
  assert.deepEqual(fires('services:\n  a:\n    image: registry.example.com:5000/team/app\n  b:\n    image: "mysql:latest"\n'), ['DC020@3', 'DC020@5']);
});

test('DC020 stays quiet on pinned images, variables and built images', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27.3\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: ${REGISTRY}/web:${TAG:-dev}\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: myapp\n    build: .\n'), [], 'image names what build produces');
  assert.deepEqual(fires('services:\n  web:\n    image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n'), []);
});

test('DC020 says which problem it is', () => {
  assert.equal(first('services:\n  web:\n    image: nginx\n').variant, 'untagged');
  assert.equal(first('services:\n  web:\n    image: nginx:latest\n').variant, 'latest');
});
