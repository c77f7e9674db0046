import { test } from 'node:test';
import assert from 'node:assert/strict';
import { service, model, EN } from '../../helpers';
import { ruleSpec } from './spec';

const app = (deps: string, db = '    image: mysql:8.4\n') => `services:\n  web:\n    image: nginx:1.27\n    depends_on:${deps}\n  db:\n${db}  cache:\n    image: redis:7\n`;
const HC = '    image: mysql:8.4\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping"]\n';
const hc = (test: string) => `    healthcheck:\n      test: ${test}\n      interval: 10s\n      timeout: 5s\n      retries: 5\n`;
const MYSQL_HC = hc('["CMD", "mysqladmin", "ping", "-h", "localhost"]');
const REDIS_HC = hc('["CMD", "redis-cli", "ping"]');
const PG_HC = hc('["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]');

ruleSpec('DC017', {
  path: 'compose.yaml',
  fires: [
    // short-form depends_on entries, each marked
    [app('\n      - db'), ['DC017@5:9-5:11']],
    [app(' [db, cache]'), ['DC017@4:18-4:20', 'DC017@4:22-4:27']],
    [app('\n      - db\n      - cache', HC), ['DC017@5', 'DC017@6']],
  ],
  quiet: [
    // the long form
    app('\n      db:\n        condition: service_healthy', HC),
    app('\n      db:\n        condition: service_started'),
    app(' {}'),
  ],
  // the fix converts to the long form, with service_healthy where the dependency has a healthcheck
  // — and adds one to a dependency whose image has a known readiness command (mysqladmin ping, redis-cli ping …)
  fixes: [
    [app('\n      - db\n      - cache', HC), 5, app('\n      db:\n        condition: service_healthy\n      cache:\n        condition: service_healthy', HC) + REDIS_HC],
    [app(' [db]'), 4, app('\n      db:\n        condition: service_healthy', '    image: mysql:8.4\n' + MYSQL_HC)],
    [app('\n      - db', '    image: postgres:16\n'), 5, app('\n      db:\n        condition: service_healthy', '    image: postgres:16\n' + PG_HC)],
  ],
  details: [
    // says when the dependency has a healthcheck
    [app('\n      - db\n      - cache', HC), 5, { args: { name: 'db', service: 'web' }, variant: 'healthy' }],
    // names the readiness command of the dependency's own image (issue 17), each database its own
    [app('\n      - db\n      - cache', HC), 6, { args: { name: 'cache', command: 'redis-cli ping' }, variant: 'readyCommand' }],
    [app('\n      - db'), 5, { args: { command: 'mysqladmin ping' }, variant: 'readyCommand' }],
    [app('\n      - db', '    image: postgres:16\n'), 5, { args: { command: 'pg_isready' }, variant: 'readyCommand' }],
    [app('\n      - db', '    image: docker.io/library/mongo:7.0\n'), 5, { args: { command: 'mongosh --eval "db.adminCommand(\'ping\')"' }, variant: 'readyCommand' }],
    // an image whose readiness is unknown (or someone else's postgres): the message says to add a healthcheck
    [app('\n      - db', '    image: example/api:1.0\n'), 5, { args: { command: undefined }, variant: undefined }],
    [app('\n      - db', '    image: bitnami/postgresql:16\n'), 5, { args: { command: undefined }, variant: undefined }],
    [app('\n      - db', '    build: ./db\n'), 5, { variant: undefined }],
  ],
});

// A dependency whose healthcheck is written but disabled gets no second `healthcheck` key.
test('DC017 adds no healthcheck where one is written, even disabled', () => {
  const text = app('\n      - db', '    image: postgres:16\n    healthcheck:\n      disable: true\n');
  const f = service().findings(model('compose.yaml', text), EN).filter((x) => x.ruleId === 'DC017');
  assert.equal(f.length, 1);
  assert.equal(f[0].variant, undefined);
  assert.deepEqual(f[0].fixes ?? [], []);
});

// The healthcheck and the long form are nested as the file nests (4 spaces here), and the fixed file is clean.
ruleSpec('DC017', {
  path: 'compose.yaml',
  fires: [
    ['services:\n    api:\n        image: node:22-alpine\n        depends_on: [db]\n    db:\n        image: postgres:16\n', ['DC017@4']],
    ['services:\n    api:\n        image: python:3.12-slim\n        depends_on:\n            - cache\n    cache:\n        image: redis:7.4\n', ['DC017@5']],
    ['services:\n  worker:\n    build: .\n    depends_on: [queue]\n  queue:\n    image: rabbitmq:3.13\n', ['DC017@4']],
  ],
  quiet: [
    'services:\n    api:\n        image: node:22-alpine\n',
    'services:\n  api:\n    image: node:22-alpine\n    depends_on:\n      db:\n        condition: service_started\n  db:\n    image: postgres:16\n',
    'services:\n  api:\n    image: node:22-alpine\n    depends_on: {}\n',
  ],
  preferredFix: true,
  fixes: [
    ['services:\n    api:\n        image: node:22-alpine\n        depends_on: [db]\n    db:\n        image: postgres:16\n', 4,
      'services:\n    api:\n        image: node:22-alpine\n        depends_on:\n            db:\n                condition: service_healthy\n    db:\n        image: postgres:16\n        healthcheck:\n            test: ["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]\n            interval: 10s\n            timeout: 5s\n            retries: 5\n'],
    ['services:\n    api:\n        image: python:3.12-slim\n        depends_on:\n            - cache\n    cache:\n        image: redis:7.4\n', 5,
      'services:\n    api:\n        image: python:3.12-slim\n        depends_on:\n            cache:\n                condition: service_healthy\n    cache:\n        image: redis:7.4\n        healthcheck:\n            test: ["CMD", "redis-cli", "ping"]\n            interval: 10s\n            timeout: 5s\n            retries: 5\n'],
  ],
});

// No fix where the long form would only spell out service_started (an image whose readiness command is unknown).
test('DC017 offers no rewrite that changes nothing', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - api\n  api:\n    image: example/api:1.0\n';
  const f = service().findings(model('compose.yaml', text), EN).filter((x) => x.ruleId === 'DC017');
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].fixes ?? [], []);
});
