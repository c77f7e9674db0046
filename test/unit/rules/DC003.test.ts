import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string) => findingsOf('compose.yaml', text, EN, 'DC003');

test('DC003 fires on values outside the allowed set', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: mysql:8.4\n'), ['DC003@6']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    restart: sometimes\n'), ['DC003@4']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    cgroup: shared\n'), ['DC003@4']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    develop:\n      watch:\n        - path: .\n          action: reload\n'), ['DC003@7']);
});

test('DC003 stays quiet on allowed values', () => {
  for (const r of ['"no"', 'always', 'on-failure', 'on-failure:3', 'unless-stopped', '${RESTART:-always}']) {
    assert.deepEqual(fires(`services:\n  web:\n    image: nginx:1.27\n    restart: ${r}\n`), [], r);
  }
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: mysql:8.4\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    cgroup: host\n'), []);
});

test('DC003 lists the allowed values and marks the value', () => {
  const m = model('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: mysql:8.4\n');
  const [f] = service().findings(m, EN).filter((x) => x.ruleId === 'DC003');
  assert.deepEqual(f.range, { start: { line: 5, character: 19 }, end: { line: 5, character: 32 } });
  const [d] = service().doValidation(m, EN).filter((x) => x.code === 'DC003');
  assert.equal(d.message, '`service_ready` is not allowed for `services.web.depends_on.db.condition`. Allowed values: `service_started`, `service_healthy`, `service_completed_successfully`.');
});
