// The real-world Ansible corpus (../shared/corpus/ansible-for-devops: playbooks, roles, task and handler files, vars
// files and inventories by geerlingguy), through the service in a workspace whose index is built, so the cross-file
// rules (handlers, roles, include paths, inventory groups) see what ansible-playbook would. Error-severity findings
// fail the test unless allow-listed with a reviewed reason; the other findings are printed per rule (they were read
// and are true statements about the files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DIR, DATA_DIR } from '../helpers';
import { createLanguageService } from '../../server/src/service/languageService';
import { loadServiceData } from '../../server/src/service/data/load';
import { nodeWorkspaceFs } from '../../server/src/service/workspace/fs';

const ROOT = join(CORPUS_DIR, 'ansible-for-devops');

/** Reviewed errors: `file:rule@line` → why it is a true error in the corpus file (not a false positive). */
const ALLOWED_ERRORS: Record<string, string> = {};

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.name === '.git' || e.name === 'node_modules') continue;
    if (e.isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

test('Ansible corpus: no errors, findings counted per rule', (t) => {
  if (!existsSync(ROOT)) {
    t.skip('../shared/corpus not present');
    return;
  }
  const svc = createLanguageService({ data: loadServiceData(DATA_DIR), fs: nodeWorkspaceFs([ROOT]) });
  svc.indexWorkspace([ROOT]);
  const settings = { locale: 'en' as const, rules: {} };
  const perRule = new Map<string, number>();
  const byFormat = new Map<string, number>();
  const errors: string[] = [];
  for (const file of files(ROOT)) {
    if (svc.kindOf(file) === 'other') continue;
    const model = svc.parse({ uri: pathToFileURL(file).href, path: file, text: readFileSync(file, 'utf8') });
    const formats = [...model.formats].filter((f) => f.startsWith('ansible'));
    if (!formats.length) continue;
    for (const f of formats) byFormat.set(f, (byFormat.get(f) ?? 0) + 1);
    const rel = relative(ROOT, file);
    for (const d of svc.doValidation(model, settings)) {
      const key = `${rel}:${d.code}@${d.range.start.line + 1}`;
      if (d.severity === 1) {
        if (!ALLOWED_ERRORS[key]) errors.push(`${key} ${d.message}`);
      } else perRule.set(String(d.code), (perRule.get(String(d.code)) ?? 0) + 1);
    }
  }
  const summary = [...perRule].sort().map(([r, n]) => `${r}: ${n}`).join(', ');
  const formats = [...byFormat].sort().map(([f, n]) => `${f} ${n}`).join(', ');
  t.diagnostic(`Ansible files: ${formats}; non-error findings per rule: ${summary || 'none'}`);
  console.log(`ansible corpus: ${formats}; ${summary}`);
  assert.ok((byFormat.get('ansible-playbook') ?? 0) >= 40, `playbooks are recognised (${byFormat.get('ansible-playbook')})`);
  assert.ok((byFormat.get('ansible-tasks') ?? 0) >= 12, `task and handler files are recognised (${byFormat.get('ansible-tasks')})`);
  assert.ok((byFormat.get('ansible-inventory') ?? 0) >= 10, `inventories are recognised (${byFormat.get('ansible-inventory')})`);
  assert.ok((byFormat.get('ansible-vars') ?? 0) >= 15, `vars files are recognised (${byFormat.get('ansible-vars')})`);
  assert.deepEqual(errors, []);
});
