import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC019');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC019')[0];
void first;

test('DC019 fires on literal secrets in environment', () => {
  assert.deepEqual(fires('services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: wordpress\n'), ['DC019@5']);
  assert.deepEqual(fires('services:\n  db:\n    image: mysql:8.4\n    environment:\n      - MYSQL_ROOT_PASSWORD=wordpress\n      - API_TOKEN=abc123\n'), ['DC019@5', 'DC019@6']);
  assert.deepEqual(fires('services:\n  app:\n    image: app:1\n    environment:\n      AWS_SECRET_ACCESS_KEY: "AKIA..."\n      STRIPE_KEY: sk_live_x\n'), ['DC019@5', 'DC019@6']);
});

test('DC019 stays quiet on variables, secret files, flags and ordinary keys', () => {
  assert.deepEqual(fires('services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: ${DB_ROOT_PASSWORD}\n      MYSQL_PASSWORD_FILE: /run/secrets/db\n'), []);
  assert.deepEqual(fires('services:\n  db:\n    image: mysql:8.4\n    environment:\n      - MYSQL_ALLOW_EMPTY_PASSWORD=yes\n      - MYSQL_RANDOM_ROOT_PASSWORD=1\n      - MYSQL_PASSWORD\n'), []);
  assert.deepEqual(fires('services:\n  app:\n    image: app:1\n    environment:\n      SECRET_KEY_PATH: /etc/app/key\n      DB_HOST: db\n      TOKEN_TTL: 3600\n'), []);
});
