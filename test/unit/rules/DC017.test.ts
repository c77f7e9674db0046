import { ruleSpec } from './spec';

const app = (deps: string, db = '    image: mysql:8.4\n') => `services:\n  web:\n    image: nginx:1.27\n    depends_on:${deps}\n  db:\n${db}  cache:\n    image: redis:7\n`;
const HC = '    image: mysql:8.4\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping"]\n';

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
  fixes: [
    [app('\n      - db\n      - cache', HC), 5, app('\n      db:\n        condition: service_healthy\n      cache:\n        condition: service_started', HC)],
    [app(' [db]'), 4, app('\n      db:\n        condition: service_started')],
  ],
  details: [
    // says when the dependency has a healthcheck
    [app('\n      - db\n      - cache', HC), 5, { args: { name: 'db', service: 'web' }, variant: 'healthy' }],
    [app('\n      - db\n      - cache', HC), 6, { args: { name: 'cache' }, variant: undefined }],
    [app('\n      - db'), 5, { variant: undefined }],
  ],
});
