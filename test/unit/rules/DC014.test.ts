import { join } from 'node:path';
import { ROOT } from '../../helpers';
import { loose, ruleSpec } from './spec';

// A real workspace: test/fixtures/compose, with the Compose file in proj/ beside app.env.
ruleSpec('DC014', {
  dir: join(ROOT, 'test', 'fixtures', 'compose'),
  path: 'proj/compose.yaml',
  fires: [
    ['services:\n  web:\n    image: nginx:1.27\n    env_file: .env\n', ['DC014@4:15-4:19']],
    ['services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - app.env\n      - secret.env\n', ['DC014@6']],
    ['services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - path: ./prod.env\n        required: true\n', ['DC014@5']],
  ],
  quiet: [
    // existing, optional or variable env files
    'services:\n  web:\n    image: nginx:1.27\n    env_file: app.env\n',
    'services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - path: ./local.env\n        required: false\n',
    'services:\n  web:\n    image: nginx:1.27\n    env_file: ${ENV_FILE}\n',
    // no workspace
    loose('services:\n  web:\n    image: nginx:1.27\n    env_file: .env\n', 'proj/compose.yaml'),
  ],
  details: [['services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - app.env\n      - secret.env\n', 6, { args: { path: 'secret.env', service: 'web' } }]],
});
