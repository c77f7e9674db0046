import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, KO, dedent, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC001');

test('DC001 fires on unknown keys: the notes\' typos', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    port:\n      - "80:80"\n'), ['DC001@4']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    voluems:\n      - data:/data\n'), ['DC001@4']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n      option:\n        max-size: 3m\n'), ['DC001@6']);
  assert.deepEqual(fires('services:\n  db:\n    image: mysql:8.4\n    build:\n      context: .\n      dockerfil: Dockerfile\n'), ['DC001@6']);
});

test('DC001 stays quiet on known keys, x- extensions and !reset/!override tags', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n'), []);
  assert.deepEqual(fires('x-common: &common\n  restart: unless-stopped\nservices:\n  web:\n    <<: *common\n    image: nginx:1.27\n    x-note: hi\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    ports: !reset []\n    environment: !override\n      A: "1"\n'), []);
  assert.deepEqual(fires('name: demo\ninclude:\n  - other.yaml\nmodels:\n  m:\n    model: ai/smollm2\nservices:\n  web:\n    image: nginx:1.27\n    develop:\n      watch:\n        - path: ./src\n          action: sync\n          target: /app\n'), []);
  assert.deepEqual(fires('port:\n  - 80\n', 'notes.yaml'), [], 'not a Compose file');
});

test('DC001 says did-you-mean, marks the key and offers a rename', () => {
  const m = model('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    port:\n      - "80:80"\n');
  const [f] = service().findings(m, EN).filter((x) => x.ruleId === 'DC001');
  assert.deepEqual(f.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 8 } });
  assert.equal(f.args.suggestion, 'ports');
  assert.deepEqual(f.fixes?.[0].edits, [{ range: f.range, newText: 'ports' }]);
  const [en] = service().doValidation(m, EN).filter((d) => d.code === 'DC001');
  assert.equal(en.message, '`services.web` has no key `port`. Did you mean `ports`?');
  const [ko] = service().doValidation(m, KO).filter((d) => d.code === 'DC001');
  assert.match(String(ko.message), /`ports`의 오타/);
  const actions = service().doCodeActions(m, f.range, EN);
  assert.ok(actions.some((a) => a.title === 'Rename `port` to `ports`'));
});

test('DC001 at the top level: volume → volumes, network → networks', () => {
  const text = dedent(`
    services:
      db:
        image: mysql:8.4
    volume:
      db: {}
    network:
      wordpress: {}
  `);
  const fs = service().findings(model('docker-compose.yml', text), EN).filter((x) => x.ruleId === 'DC001');
  assert.deepEqual(fs.map((f) => [f.range.start.line, f.args.suggestion, f.variant]), [[3, 'volumes', 'topSuggest'], [5, 'networks', 'topSuggest']]);
});
