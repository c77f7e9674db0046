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

test('DC014 fires on a missing env_file', () => {
  assert.deepEqual(ids('services:\n  web:\n    image: nginx:1.27\n    env_file: .env\n', 'DC014'), ['DC014@4']);
  assert.deepEqual(ids('services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - app.env\n      - secret.env\n', 'DC014'), ['DC014@6']);
  assert.deepEqual(ids('services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - path: ./prod.env\n        required: true\n', 'DC014'), ['DC014@5']);
});

test('DC014 stays quiet on existing, optional or variable env files, and without a workspace', () => {
  assert.deepEqual(ids('services:\n  web:\n    image: nginx:1.27\n    env_file: app.env\n', 'DC014'), []);
  assert.deepEqual(ids('services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - path: ./local.env\n        required: false\n', 'DC014'), []);
  assert.deepEqual(ids('services:\n  web:\n    image: nginx:1.27\n    env_file: ${ENV_FILE}\n', 'DC014'), []);
  assert.deepEqual(ids('services:\n  web:\n    image: nginx:1.27\n    env_file: .env\n', 'DC014', loose), []);
});
