// Every Dockerfile of ../shared/corpus (real projects: awesome-compose, kubernetes/examples, ansible-for-devops)
// through the service: no error-severity diagnostic may appear (each would be a false positive: these files build),
// and the warnings per rule are printed for review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORPUS_DIR, DATA_DIR, EN } from '../helpers';
import { createLanguageService } from '../../server/src/service/languageService';
import { loadServiceData } from '../../server/src/service/data/load';
import { nodeWorkspaceFs } from '../../server/src/service/workspace/fs';
import { fileKindOf as fileKind } from '../../server/src/service/formats';

/** Reviewed exceptions: `path:line RULE` → why it is acceptable. Empty: no false positive is tolerated. */
const ALLOWED_ERRORS: Record<string, string> = {};

test('corpus Dockerfiles: zero errors, warnings reviewed', (t) => {
  if (!existsSync(CORPUS_DIR)) {
    t.skip('../shared/corpus not present');
    return;
  }
  const svc = createLanguageService({ data: loadServiceData(DATA_DIR), fs: nodeWorkspaceFs([CORPUS_DIR]) });
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (fileKind(p) === 'dockerfile') files.push(p);
    }
  };
  walk(CORPUS_DIR);
  assert.ok(files.length >= 50, `found ${files.length} Dockerfiles`);
  const counts = new Map<string, number>();
  const errors: string[] = [];
  for (const f of files) {
    const m = svc.parse({ uri: `file://${f}`, path: f, text: readFileSync(f, 'utf8') });
    for (const d of svc.doValidation(m, EN)) {
      const key = `${['', 'error', 'warning', 'info', 'hint'][d.severity ?? 2]} ${d.code}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const where = `${relative(CORPUS_DIR, f)}:${d.range.start.line + 1} ${d.code}`;
      if (d.severity === 1 && !ALLOWED_ERRORS[where]) errors.push(`${where} ${d.message}`);
    }
  }
  t.diagnostic(`${files.length} Dockerfiles; ${[...counts].sort().map(([k, n]) => `${k}: ${n}`).join(', ')}`);
  assert.deepEqual(errors, []);
});
