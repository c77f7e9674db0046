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

test('DC015 fires when build.target names no stage of the Dockerfile', () => {
  assert.deepEqual(ids('services:\n  web:\n    build:\n      context: .\n      target: production\n', 'DC015'), ['DC015@5']);
  assert.deepEqual(ids('services:\n  web:\n    build:\n      context: web\n      dockerfile: Dockerfile.dev\n      target: prod\n', 'DC015'), ['DC015@6']);
  assert.deepEqual(ids('services:\n  web:\n    build:\n      dockerfile_inline: |\n        FROM alpine:3.20\n      target: dev\n', 'DC015', loose), ['DC015@6']);
});

test('DC015 stays quiet on real stages, variables, missing Dockerfiles and without a workspace', () => {
  assert.deepEqual(ids('services:\n  web:\n    build:\n      context: .\n      target: prod\n', 'DC015'), []);
  assert.deepEqual(ids('services:\n  web:\n    build:\n      context: .\n      target: ${TARGET}\n', 'DC015'), []);
  assert.deepEqual(ids('services:\n  web:\n    build:\n      context: ./nope\n      target: prod\n', 'DC015'), []);
  assert.deepEqual(ids('services:\n  web:\n    build:\n      context: .\n      target: production\n', 'DC015', loose), []);
});

test('DC015 suggests the closest stage and lists them', () => {
  const [f] = svc.findings(parse('services:\n  web:\n    build:\n      context: .\n      target: prd\n'), { locale: 'en', rules: {} }).filter((x) => x.ruleId === 'DC015');
  assert.equal(f.args.suggestion, 'prod');
  assert.equal(f.args.stages, '`deps`, `build`, `prod`');
});
