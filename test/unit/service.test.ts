import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, KO, ROOT, DATA_DIR, model, service } from '../helpers';
import { createLanguageService } from '../../server/src/service/languageService';
import { loadServiceData } from '../../server/src/service/data/load';
import { parseSuppressions, isSuppressed } from '../../server/src/service/rules/suppress';
import { resolveLocale, toServiceSettings } from '../../server/src/lsp/settings';
import { closest, editDistance, LineIndex } from '../../server/src/service/text';
import type { Check } from '../../server/src/service/rules/check';
import { ALL_CHECKS } from '../../server/src/service/formats';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const ADD = 'FROM alpine:3.20\nADD app.py /app/\nUSER app\n';

test('diagnostics carry source, code, codeDescription and the default severity', () => {
  const [d] = service().doValidation(model('Dockerfile', ADD), EN);
  assert.equal(d.source, 'DevOps Hints');
  assert.equal(d.code, 'DF001');
  assert.equal(d.severity, 2);
  assert.match(d.codeDescription!.href, /^https:\/\/docs\.docker\.com\//);
  assert.match(String(d.message), /COPY/);
});

test('per-rule severity overrides: off drops the rule, other levels change the severity', () => {
  const m = model('Dockerfile', ADD);
  assert.deepEqual(service().doValidation(m, { locale: 'en', rules: { DF001: 'off' } }), []);
  assert.equal(service().doValidation(m, { locale: 'en', rules: { DF001: 'error' } })[0].severity, 1);
  assert.equal(service().doValidation(m, { locale: 'en', rules: { DF001: 'hint' } })[0].severity, 4);
});

test('messages follow the locale', () => {
  const m = model('Dockerfile', ADD);
  assert.match(String(service().doValidation(m, KO)[0].message), /COPY를 쓰세요/);
  assert.match(String(service().doValidation(m, EN)[0].message), /^Use COPY instead of ADD/);
});

test('settings: auto follows the display language; ids are normalised; bad levels ignored', () => {
  assert.equal(resolveLocale('auto', 'ko'), 'ko');
  assert.equal(resolveLocale('auto', 'ko-KR'), 'ko');
  assert.equal(resolveLocale('auto', 'en-US'), 'en');
  assert.equal(resolveLocale('auto', 'de'), 'en');
  assert.equal(resolveLocale(undefined, undefined), 'en');
  assert.equal(resolveLocale('en', 'ko'), 'en');
  assert.equal(resolveLocale('ko', 'en'), 'ko');
  const s = toServiceSettings({ language: 'auto', rules: { df001: 'off', K8S001: 'loud' } }, 'ko');
  assert.deepEqual(s.rules, { DF001: 'off' });
  assert.equal(s.locale, 'ko');
  // devopsHints.kubernetes.version: a release, or nothing (the newest); anything else is ignored
  assert.equal(toServiceSettings({ kubernetes: { version: ' v1.29 ' } }, 'en').kubernetesVersion, 'v1.29');
  assert.equal(toServiceSettings({ kubernetes: { version: '' } }, 'en').kubernetesVersion, undefined);
  assert.equal(toServiceSettings({ kubernetes: { version: 'latest' } }, 'en').kubernetesVersion, undefined);
});

test('suppression comments: next line, same line (YAML), several ids, file-wide', () => {
  const s = parseSuppressions(['# devops-hints-ignore DF001, DF002', '', '# another comment', 'ADD a b', 'x: 1 # devops-hints-ignore K8S001', '# devops-hints-ignore-file YAML001'].join('\n'));
  assert.ok(isSuppressed(s, 'DF001', 3));
  assert.ok(isSuppressed(s, 'DF002', 3));
  assert.ok(!isSuppressed(s, 'DF003', 3));
  assert.ok(!isSuppressed(s, 'DF001', 0));
  assert.ok(isSuppressed(s, 'K8S001', 4));
  assert.ok(isSuppressed(s, 'YAML001', 0));
  assert.ok(isSuppressed(parseSuppressions('# devops-hints-ignore\nADD a b'), 'ANY1', 1), 'no ids: every rule');
});

test('the "ignore on this line" action inserts the comment with the line\'s indentation', () => {
  const m = model('pod.yaml', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: nginx\n');
  const actions = service().doCodeActions(m, { start: { line: 5, character: 14 }, end: { line: 5, character: 14 } }, EN);
  const ignore = actions.find((a) => a.title.startsWith('Ignore K8S001'))!;
  assert.deepEqual(ignore.edit!.changes![m.uri], [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '      # devops-hints-ignore K8S001\n' }]);
  // applying it silences the rule
  const fixed = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      # devops-hints-ignore K8S001\n      image: nginx\n';
  assert.ok(service().findings(model('pod.yaml', m.text), EN).some((f) => f.ruleId === 'K8S001'));
  assert.ok(!service().findings(model('pod.yaml', fixed), EN).some((f) => f.ruleId === 'K8S001'));
});

test('a check that throws is isolated: reported once, the other checks still run', () => {
  const errors: string[] = [];
  const boom: Check = { rule: 'DF001', formats: ['dockerfile'], run: () => { throw new Error('boom'); } };
  const svc = createLanguageService({ data: loadServiceData(DATA_DIR), checks: [boom, ...ALL_CHECKS.filter((c) => c.rule !== 'DF001')], onCheckError: (r) => errors.push(r) });
  const text = 'FROM alpine:3.20\nADD a /a\n';
  svc.findings(svc.parse({ uri: 'file:///a/Dockerfile', text }), EN);
  svc.findings(svc.parse({ uri: 'file:///b/Dockerfile', text, version: 2 }), EN);
  assert.deepEqual(errors, ['DF001']);
  const k8s = svc.parse({ uri: 'file:///p.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: a, image: nginx }]\n' });
  assert.ok(svc.findings(k8s, EN).map((f) => f.ruleId).includes('K8S001'));
});

test('validation is bounded in time: past the budget the rest is skipped and said so', () => {
  const slow: Check = { rule: 'DF001', formats: ['dockerfile'], run: () => { const t = Date.now(); while (Date.now() - t < 30) { /* busy */ } } };
  const svc = createLanguageService({ data: loadServiceData(DATA_DIR), checks: [slow, slow, slow], validationBudgetMs: 10 });
  const ids = svc.findings(svc.parse({ uri: 'file:///Dockerfile', text: 'FROM a:1\n' }), EN).map((f) => f.ruleId);
  assert.deepEqual(ids, ['GEN003']);
});

test('YAML syntax errors are reported for our formats only', () => {
  const broken = 'apiVersion: v1\nkind: Pod\nspec: [1, 2\n';
  assert.ok(service().findings(model('pod.yaml', broken), EN).some((f) => f.ruleId === 'YAML001'));
  assert.deepEqual(service().findings(model('config.yaml', 'a: [1, 2\n'), EN), [], 'a plain YAML file belongs to the YAML extension');
});

test('model is parsed once per version and findings are cached per model', () => {
  const m = model('Dockerfile', ADD);
  const a = service().findings(m, EN);
  const b = service().findings(m, EN);
  assert.equal(a, b);
});

test('edit distance and did-you-mean helpers', () => {
  assert.equal(editDistance('sepc', 'spec'), 1);
  assert.equal(editDistance('temlplate', 'template'), 1);
  assert.equal(closest('voluems', ['volumes', 'ports', 'services']), 'volumes');
  assert.equal(closest('port', ['ports', 'expose']), 'ports');
  assert.equal(closest('zzzzzz', ['volumes', 'ports']), undefined);
});

test('LineIndex handles CRLF and positions past the end', () => {
  const idx = new LineIndex('a\r\nbc\n');
  assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
  assert.equal(idx.offsetAt({ line: 1, character: 99 }), 5);
  assert.equal(idx.lineText(1), 'bc');
  assert.equal(idx.lineCount, 3);
});

test('the examples folder has one file per format', () => {
  const files = ['docker/Dockerfile', 'compose/compose.yaml', 'kubernetes/deployment.yaml', 'kustomize/dev/kustomization.yaml', 'ansible/playbook.yml', 'ansible/roles/web/tasks/main.yml', 'ansible/inventory/hosts.ini'];
  const seen = new Set<string>();
  for (const f of files) {
    const p = join(ROOT, 'examples', f);
    const m = service().parse({ uri: `file://${p}`, path: p, text: readFileSync(p, 'utf8') });
    for (const fmt of m.formats) seen.add(fmt);
  }
  assert.deepEqual([...seen].sort(), ['ansible-inventory', 'ansible-playbook', 'ansible-tasks', 'compose', 'dockerfile', 'kubernetes', 'kustomize']);
});
