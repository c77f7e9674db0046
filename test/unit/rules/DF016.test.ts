import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLanguageService } from '../../../server/src/service/languageService';
import { loadServiceData } from '../../../server/src/service/data/load';
import { nodeWorkspaceFs } from '../../../server/src/service/workspace/fs';
import { DATA_DIR, EN } from '../../helpers';

function check(files: Record<string, string>, dockerfile: string, withFs = true): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dh-df016-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const svc = createLanguageService({ data: loadServiceData(DATA_DIR), fs: withFs ? nodeWorkspaceFs([dir]) : undefined });
    const path = join(dir, dockerfile);
    const m = svc.parse({ uri: `file://${path}`, path, text: files[dockerfile] });
    return svc.findings(m, EN).filter((f) => f.ruleId === 'DF016').map((f) => `DF016@${f.range.start.line + 1}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('DF016 fires when the whole context is copied and no .dockerignore is there', () => {
  assert.deepEqual(check({ Dockerfile: 'FROM node:20-alpine\nCOPY . .\n' }, 'Dockerfile'), ['DF016@2']);
  assert.deepEqual(check({ 'app/Dockerfile': 'FROM node:20-alpine\nWORKDIR /app\nCOPY ./ /app/\n', '.dockerignore': 'x' }, 'app/Dockerfile'), ['DF016@3'], 'an ignore file elsewhere does not count');
  assert.deepEqual(check({ Dockerfile: 'FROM a:1\nADD . /src\nCOPY . .\n' }, 'Dockerfile'), ['DF016@2'], 'reported once');
});

test('DF016 stays quiet with a .dockerignore, without a workspace, or without COPY .', () => {
  assert.deepEqual(check({ Dockerfile: 'FROM a:1\nCOPY . .\n', '.dockerignore': 'node_modules\n' }, 'Dockerfile'), []);
  assert.deepEqual(check({ 'api.Dockerfile': 'FROM a:1\nCOPY . .\n', 'api.Dockerfile.dockerignore': 'x' }, 'api.Dockerfile'), [], 'per-Dockerfile ignore file');
  assert.deepEqual(check({ Dockerfile: 'FROM a:1\nCOPY . .\n' }, 'Dockerfile', false), [], 'no workspace: unknown, stay quiet');
  assert.deepEqual(check({ Dockerfile: 'FROM a:1\nCOPY package.json .\nCOPY --from=build . .\n' }, 'Dockerfile'), []);
});
