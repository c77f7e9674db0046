import { join } from 'node:path';
import { ROOT } from '../../helpers';
import { loose, ruleSpec } from './spec';

// A real workspace: test/fixtures/compose, with the Compose file in proj/ beside its files.
const DOCKERFILE = 'services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile.prod\n';
const BIND = 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./missing.conf:/etc/nginx/nginx.conf:ro\n';
const LONG_BIND = 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./nowhere\n        target: /data\n';

ruleSpec('DC013', {
  dir: join(ROOT, 'test', 'fixtures', 'compose'),
  path: 'proj/compose.yaml',
  fires: [
    // a missing build context, Dockerfile or bind source
    ['services:\n  web:\n    build: ./nope\n', ['DC013@3']],
    [DOCKERFILE, ['DC013@5:19-5:34']],
    [BIND, ['DC013@5']],
    [LONG_BIND, ['DC013@6']],
  ],
  quiet: [
    // existing paths
    'services:\n  web:\n    build:\n      context: ./web\n      dockerfile: Dockerfile.dev\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n      - ./data:/data\n      - db:/var/lib/mysql\nvolumes:\n  db: {}\n',
    // variables, the home folder
    'services:\n  web:\n    build: ${CTX:-.}\n    volumes:\n      - ${HOME}/x:/x\n      - ~/.ssh:/root/.ssh:ro\n',
    // URLs, paths outside the workspace
    'services:\n  web:\n    build: https://github.com/docker/awesome-compose.git#master:flask\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n',
    // no workspace: no guessing
    loose('services:\n  web:\n    build: ./nope\n', 'proj/compose.yaml'),
  ],
  details: [
    // which kind of path is missing
    ['services:\n  web:\n    build: ./nope\n', 3, { args: { path: './nope', service: 'web' }, variant: 'context' }],
    [DOCKERFILE, 5, { args: { path: 'Dockerfile.prod' }, variant: 'dockerfile' }],
    [BIND, 5, { args: { path: './missing.conf' }, variant: 'bind' }],
    [LONG_BIND, 6, { args: { path: './nowhere' }, variant: 'bind' }],
  ],
});
