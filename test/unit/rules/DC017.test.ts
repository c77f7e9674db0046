import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';
import { applyFirstFix } from './spec';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC017');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC017')[0];
void first;

const app = (deps: string, db = '    image: mysql:8.4\n') => `services:\n  web:\n    image: nginx:1.27\n    depends_on:${deps}\n  db:\n${db}  cache:\n    image: redis:7\n`;
const HC = '    image: mysql:8.4\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping"]\n';

test('DC017 fires on short-form depends_on entries', () => {
  assert.deepEqual(fires(app('\n      - db')), ['DC017@5']);
  assert.deepEqual(fires(app(' [db, cache]')), ['DC017@4', 'DC017@4']);
  assert.deepEqual(fires(app('\n      - db\n      - cache', HC)), ['DC017@5', 'DC017@6']);
});

test('DC017 stays quiet on the long form', () => {
  assert.deepEqual(fires(app('\n      db:\n        condition: service_healthy', HC)), []);
  assert.deepEqual(fires(app('\n      db:\n        condition: service_started')), []);
  assert.deepEqual(fires(app(' {}')), []);
});

test('DC017 says when the dependency has a healthcheck, and converts to the long form', () => {
  const text = app('\n      - db\n      - cache', HC);
  const f = first(text);
  assert.equal(f.variant, 'healthy');
  assert.equal(applyFirstFix(text, f), app('\n      db:\n        condition: service_healthy\n      cache:\n        condition: service_started', HC));
  const flow = app(' [db]');
  assert.equal(applyFirstFix(flow, first(flow)), app('\n      db:\n        condition: service_started'));
});

test('DC017: the quick fix says which condition it writes', () => {
  const title = (text: string) => {
    const m = model('compose.yaml', text);
    const d = service().doValidation(m, EN).find((x) => x.code === 'DC017')!;
    return service().doCodeActions(m, d.range, EN).find((a) => a.diagnostics?.some((x) => x.code === 'DC017') && a.edit)!.title;
  };
  assert.equal(title(app('\n      - db')), 'Convert to the long form with condition: service_started');
  assert.equal(title(app('\n      - db', HC)), 'Convert to the long form with condition: service_healthy');
  assert.equal(title(app('\n      - db\n      - cache', HC)), 'Convert to the long form with condition: service_healthy, service_started');
});
