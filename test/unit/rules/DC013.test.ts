import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_DIR, ROOT } from '../../helpers';
import { createLanguageService } from '../../../server/src/service/languageService';
import { loadServiceData } from '../../../server/src/service/data/load';
import { nodeWorkspaceFs } from '../../../server/src/service/workspace/fs';

// A service with a real workspace over test/fixtures/compose; the Compose file sits in proj/ beside its files.
const FIXTURES = join(ROOT, 'test', 'fixtures', 'compose');
const svc = createLanguageService({ data: loadServiceData(DATA_DIR), fs: nodeWorkspaceFs([FIXTURES]) });
const loose = createLanguageService({ data: loadServiceData(DATA_DIR) });
const parse = (text: string, s = svc) => s.parse({ uri: pathToFileURL(join(FIXTURES, 'proj', 'compose.yaml')).href, path: join(FIXTURES, 'proj', 'compose.yaml'), text });
const ids = (text: string, rule: string, s = svc) => s.findings(parse(text, s), { locale: 'en', rules: {} }).filter((f) => f.ruleId === rule).map((f) => `${f.ruleId}@${f.range.start.line + 1}`);

test('DC013 fires on a missing build context, Dockerfile or bind source', () => {
  assert.deepEqual(ids('services:\n  web:\n    build: ./nope\n', 'DC013'), ['DC013@3']);
  assert.deepEqual(ids('services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile.prod\n', 'DC013'), ['DC013@5']);
  assert.deepEqual(ids('services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./missing.conf:/etc/nginx/nginx.conf:ro\n', 'DC013'), ['DC013@5']);
  assert.deepEqual(ids('services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./nowhere\n        target: /data\n', 'DC013'), ['DC013@6']);
});

test('DC013 stays quiet on existing paths, variables, URLs, named volumes, outside paths and without a workspace', () => {
  assert.deepEqual(ids('services:\n  web:\n    build:\n      context: ./web\n      dockerfile: Dockerfile.dev\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n      - ./data:/data\n      - db:/var/lib/mysql\nvolumes:\n  db: {}\n', 'DC013'), []);
  assert.deepEqual(ids('services:\n  web:\n    build: ${CTX:-.}\n    volumes:\n      - ${HOME}/x:/x\n      - ~/.ssh:/root/.ssh:ro\n', 'DC013'), []);
  assert.deepEqual(ids('services:\n  web:\n    build: https://github.com/docker/awesome-compose.git#master:flask\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n', 'DC013'), []);
  assert.deepEqual(ids('services:\n  web:\n    build: ./nope\n', 'DC013', loose), [], 'no workspace: no guessing');
});

test('DC013 says which kind of path is missing', () => {
  const [f] = svc.findings(parse('services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile.prod\n'), { locale: 'en', rules: {} }).filter((x) => x.ruleId === 'DC013');
  assert.equal(f.variant, 'dockerfile');
  assert.deepEqual(f.range, { start: { line: 4, character: 18 }, end: { line: 4, character: 33 } });
});
