// The real-world Compose corpus (../shared/corpus): every Compose file of docker/awesome-compose, and any Compose file
// in geerlingguy/ansible-for-devops, through the service with a real workspace file system. Error-severity findings
// fail the test unless allow-listed with a reviewed reason; the other findings are printed per rule (they were read
// and are true statements about the files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DIR, DATA_DIR } from '../helpers';
import { createLanguageService } from '../../server/src/service/languageService';
import { loadServiceData } from '../../server/src/service/data/load';
import { nodeWorkspaceFs } from '../../server/src/service/workspace/fs';

// Reviewed non-error findings (all true): DC013 — the corpus keeps only the Compose files and Dockerfiles, so the
// bind-mounted sources (`./nginx/nginx.conf`, `./backend/src` …) really are absent here; DC016 — two files still
// start with `version:`; DC017 — short-form depends_on (only waits for the start); DC019 — literal demo passwords
// (`POSTGRES_PASSWORD: password` …); DC020 — untagged or `:latest` images.
/** Reviewed errors: `file:rule@line` → why it is a true error in the corpus file (not a false positive). */
const ALLOWED_ERRORS: Record<string, string> = {};

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === '.git' || name === 'node_modules') continue;
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/i.test(name)) out.push(p);
  }
  return out;
}

test('Compose corpus: no errors, warnings counted per rule', (t) => {
  if (!existsSync(join(CORPUS_DIR, 'awesome-compose'))) {
    t.skip('../shared/corpus not present');
    return;
  }
  const svc = createLanguageService({ data: loadServiceData(DATA_DIR), fs: nodeWorkspaceFs([CORPUS_DIR]) });
  const settings = { locale: 'en' as const, rules: {} };
  const perRule = new Map<string, number>();
  const errors: string[] = [];
  let composeFiles = 0;
  const files = [...yamlFiles(join(CORPUS_DIR, 'awesome-compose')), ...(existsSync(join(CORPUS_DIR, 'ansible-for-devops')) ? yamlFiles(join(CORPUS_DIR, 'ansible-for-devops')) : [])];
  const awesome = files.filter((f) => f.includes('awesome-compose') && /(?:^|\/)(?:docker-)?compose[\w.-]*\.ya?ml$/.test(f));
  for (const file of files) {
    const model = svc.parse({ uri: pathToFileURL(file).href, path: file, text: readFileSync(file, 'utf8') });
    if (!model.formats.has('compose')) continue;
    composeFiles++;
    const rel = relative(CORPUS_DIR, file);
    for (const d of svc.doValidation(model, settings)) {
      const key = `${rel}:${d.code}@${d.range.start.line + 1}`;
      if (d.severity === 1) {
        if (!ALLOWED_ERRORS[key]) errors.push(`${key} ${d.message}`);
      } else {
        perRule.set(String(d.code), (perRule.get(String(d.code)) ?? 0) + 1);
      }
    }
  }
  const summary = [...perRule].sort().map(([r, n]) => `${r}: ${n}`).join(', ');
  t.diagnostic(`${composeFiles} Compose files; non-error findings per rule: ${summary || 'none'}`);
  console.log(`compose corpus: ${composeFiles} files; ${summary}`);
  assert.equal(awesome.length, 39, 'the 39 Compose files of awesome-compose');
  assert.ok(composeFiles >= 39, `every awesome-compose file is classified as Compose (${composeFiles})`);
  assert.deepEqual(errors, []);
});
