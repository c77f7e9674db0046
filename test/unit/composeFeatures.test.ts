// Compose hovers (keys, values, references), completion and go-to-definition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, KO, caret, dedent, model, service } from '../helpers';

const FILE = dedent(`
  services:
    web:
      image: nginx:1.27
      restart: unless-stopped
      ports:
        - "8080:80"
        - "5000"
        - "127.0.0.1:9000:9000"
      volumes:
        - db-data:/data
        - ./nginx.conf:/etc/nginx/nginx.conf:ro
      networks: [front]
      depends_on:
        db:
          condition: service_healthy
    db:
      build: ./db
      healthcheck:
        test: ["CMD", "true"]
      network_mode: service:web
  volumes:
    db-data: {}
  networks:
    front:
      driver: bridge
`);

/** The hover hit at the first occurrence of `needle` (+ offset into it). */
function hoverAt(needle: string, into = 0, text = FILE) {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const m = model('compose.yaml', text);
  return { hit: service().findHover(m, m.index.positionAt(i + into)) as (ReturnType<ReturnType<typeof service>['findHover']> & { args?: Record<string, string> }) | null, m };
}

test('key hovers: top-level, service, nested keys', () => {
  assert.equal(hoverAt('services:').hit?.entryId, 'compose.services');
  assert.equal(hoverAt('restart:').hit?.entryId, 'compose.services.restart');
  assert.equal(hoverAt('ports:').hit?.entryId, 'compose.services.ports');
  assert.equal(hoverAt('condition:').hit?.entryId, 'compose.services.depends_on.condition');
  assert.equal(hoverAt('healthcheck:').hit?.entryId, 'compose.services.healthcheck');
  assert.equal(hoverAt('test:').hit?.entryId, 'compose.services.healthcheck.test');
  assert.equal(hoverAt('driver:').hit?.entryId, 'compose.networks.driver');
});

test('value hovers: restart, condition, port and volume syntax, network_mode', () => {
  assert.equal(hoverAt('unless-stopped').hit?.entryId, 'compose.value.restart.unless-stopped');
  assert.equal(hoverAt('service_healthy').hit?.entryId, 'compose.value.condition.service_healthy');
  assert.equal(hoverAt('"8080:80"').hit?.entryId, 'compose.value.port.host-container');
  assert.equal(hoverAt('"5000"').hit?.entryId, 'compose.value.port.container-only');
  assert.equal(hoverAt('"127.0.0.1').hit?.entryId, 'compose.value.port.host-ip');
  assert.equal(hoverAt('./nginx.conf').hit?.entryId, 'compose.value.volume.bind-ro');
  assert.equal(hoverAt('service:web').hit?.entryId, 'compose.value.network_mode.service', 'the prefix is the mode');
  assert.equal(hoverAt('service:web', 9).hit?.entryId, 'compose.ref.service', 'the name after service: is a reference');
});

test('reference hovers say where the name is defined and what it is', () => {
  const dep = hoverAt('db:\n        condition', 0).hit;
  assert.equal(dep?.entryId, 'compose.ref.service');
  assert.deepEqual(dep?.args, { name: 'db', line: '16' });
  // What it is comes as facts (its build context here); a target that says nothing of itself has none.
  assert.deepEqual(dep?.facts, [{ id: 'fact.compose.build', args: { path: './db' } }]);
  const vol = hoverAt('db-data:/data', 2);
  assert.equal(vol.hit?.entryId, 'compose.ref.volume');
  assert.deepEqual(vol.hit?.range, { start: { line: 9, character: 8 }, end: { line: 9, character: 15 } });
  assert.equal(vol.hit?.args?.line, '22');
  const net = hoverAt('[front]', 1).hit;
  assert.equal(net?.entryId, 'compose.ref.network');
  assert.deepEqual(net?.args, { name: 'front', line: '24' });
  assert.deepEqual(net?.facts, [{ id: 'fact.compose.setting', args: { key: 'driver', value: 'bridge' } }]);
  const undef = hoverAt('depends_on: [cache]', 13, 'services:\n  web:\n    image: x:1\n    depends_on: [cache]\n').hit;
  assert.equal(undef?.entryId, 'compose.ref.undefined');
});

test('hovers render in Korean and English with the notes cited', () => {
  const m = model('compose.yaml', FILE);
  const pos = m.index.positionAt(FILE.indexOf('restart:'));
  const ko = service().doHover(m, pos, KO);
  const en = service().doHover(m, pos, EN);
  assert.match(String((ko?.contents as { value: string }).value), /재시작/);
  assert.match(String((en?.contents as { value: string }).value), /unless-stopped/);
  assert.match(String((ko?.contents as { value: string }).value), /명시적으로 컨테이너 관리하기/);
  assert.match(String((en?.contents as { value: string }).value), /docs\.docker\.com\/reference\/compose-file\/services\/#restart/);
});

test('go to definition on service, volume and network names', () => {
  const m = model('compose.yaml', FILE);
  const at = (needle: string, into = 0) => service().doDefinition(m, m.index.positionAt(FILE.indexOf(needle) + into));
  assert.deepEqual(at('db:\n        condition'), [{ uri: m.uri, range: { start: { line: 15, character: 2 }, end: { line: 15, character: 4 } } }]);
  assert.deepEqual(at('db-data:/data', 1)[0].range.start, { line: 21, character: 2 });
  assert.deepEqual(at('[front]', 2)[0].range.start, { line: 23, character: 2 });
  assert.deepEqual(at('service:web', 9)[0].range.start, { line: 1, character: 2 });
  assert.deepEqual(at('restart'), []);
});

const labels = (textWithCaret: string, path = 'compose.yaml') => {
  const { text, position } = caret(textWithCaret);
  return service().findCompletions(model(path, text), position);
};

test('completion: keys by context, without the ones already there, with documentation', () => {
  const top = labels('services:\n  web:\n    image: x:1\n|');
  assert.ok(['volumes', 'networks', 'secrets', 'configs', 'name', 'include', 'models'].every((k) => top.some((c) => c.label === k)));
  assert.ok(!top.some((c) => c.label === 'services' || c.label === 'version'));
  const svc = labels('services:\n  web:\n    image: x:1\n    |');
  assert.ok(svc.some((c) => c.label === 'ports' && c.entryId === 'compose.services.ports' && c.insertText === 'ports:\n  - $0'));
  assert.ok(svc.some((c) => c.label === 'restart' && c.insertText === 'restart: $0'));
  assert.ok(svc.some((c) => c.label === 'build' && c.entryId === 'compose.services.build'));
  assert.ok(!svc.some((c) => c.label === 'image'));
  const build = labels('services:\n  web:\n    build:\n      context: .\n      |');
  assert.ok(build.some((c) => c.label === 'target') && build.some((c) => c.label === 'dockerfile') && !build.some((c) => c.label === 'context'));
  const hc = labels('services:\n  web:\n    image: x:1\n    healthcheck:\n      |');
  assert.deepEqual(hc.map((c) => c.label).sort(), ['disable', 'interval', 'retries', 'start_interval', 'start_period', 'test', 'timeout']);
  const log = labels('services:\n  web:\n    image: x:1\n    logging:\n      |');
  assert.deepEqual(log.map((c) => c.label).sort(), ['driver', 'options']);
  const port = labels('services:\n  web:\n    image: x:1\n    ports:\n      - target: 80\n        |');
  assert.ok(port.some((c) => c.label === 'published'));
});

test('completion: values and names', () => {
  assert.deepEqual(labels('services:\n  web:\n    image: x:1\n    restart: |').map((c) => c.label), ['no', 'always', 'on-failure', 'unless-stopped']);
  assert.ok(labels('services:\n  web:\n    image: x:1\n    restart: |')[3].entryId === 'compose.value.restart.unless-stopped');
  assert.deepEqual(labels('services:\n  web:\n    image: x:1\n    depends_on:\n      db:\n        condition: |\n  db:\n    image: y:1\n').map((c) => c.label), ['service_started', 'service_healthy', 'service_completed_successfully']);
  assert.ok(labels('services:\n  web:\n    image: x:1\n    pull_policy: |').some((c) => c.label === 'missing'));
  assert.deepEqual(labels('services:\n  web:\n    image: x:1\n    depends_on:\n      - |\n  db:\n    image: y:1\n  cache:\n    image: z:1\n').map((c) => c.label), ['db', 'cache']);
  assert.deepEqual(labels('services:\n  web:\n    image: x:1\n    links:\n      - |\n  db:\n    image: y:1\n').map((c) => c.label), ['db']);
  assert.deepEqual(labels('services:\n  web:\n    image: x:1\n    extends:\n      service: |\n  base:\n    image: y:1\n').map((c) => c.label), ['base']);
  assert.deepEqual(labels('services:\n  web:\n    image: x:1\n    volumes:\n      - |\nvolumes:\n  data: {}\n  logs: {}\n').map((c) => c.label), ['data', 'logs']);
  assert.deepEqual(labels('services:\n  web:\n    image: x:1\n    networks:\n      - |\nnetworks:\n  front: {}\n').map((c) => c.label), ['front']);
  const inline = 'services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM node:20 AS deps\n        FROM deps AS prod\n      target: ';
  const im = model('compose.yaml', inline);
  assert.deepEqual(service().findCompletions(im, im.index.positionAt(inline.length)).map((c) => c.label), ['deps', 'prod']);
});
