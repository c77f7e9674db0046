import { ruleSpec } from './spec';

ruleSpec('DC019', {
  path: 'compose.yaml',
  fires: [
    // literal secrets in environment
    ['services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: wordpress\n', ['DC019@5']],
    ['services:\n  db:\n    image: mysql:8.4\n    environment:\n      - MYSQL_ROOT_PASSWORD=wordpress\n      - API_TOKEN=abc123\n', ['DC019@5', 'DC019@6']],
    ['services:\n  app:\n    image: app:1\n    environment:\n      AWS_SECRET_ACCESS_KEY: "AKIA..."\n      STRIPE_KEY: sk_live_x\n', ['DC019@5', 'DC019@6']],
  ],
  quiet: [
    // variables and secret files
    'services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: ${DB_ROOT_PASSWORD}\n      MYSQL_PASSWORD_FILE: /run/secrets/db\n',
    // flags and a value taken from the shell
    'services:\n  db:\n    image: mysql:8.4\n    environment:\n      - MYSQL_ALLOW_EMPTY_PASSWORD=yes\n      - MYSQL_RANDOM_ROOT_PASSWORD=1\n      - MYSQL_PASSWORD\n',
    // ordinary keys
    'services:\n  app:\n    image: app:1\n    environment:\n      SECRET_KEY_PATH: /etc/app/key\n      DB_HOST: db\n      TOKEN_TTL: 3600\n',
  ],
  details: [['services:\n  db:\n    image: mysql:8.4\n    environment:\n      - MYSQL_ROOT_PASSWORD=wordpress\n      - API_TOKEN=abc123\n', 6, { args: { key: 'API_TOKEN', service: 'db' } }]],
});
