import { ruleSpec } from './spec';

const CONDITION = 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: mysql:8.4\n';

ruleSpec('DC003', {
  path: 'compose.yaml',
  fires: [
    // the finding marks the value
    [CONDITION, ['DC003@6:20-6:33']],
    ['services:\n  web:\n    image: nginx:1.27\n    restart: sometimes\n', ['DC003@4']],
    ['services:\n  web:\n    image: nginx:1.27\n    cgroup: shared\n', ['DC003@4']],
    ['services:\n  web:\n    image: nginx:1.27\n    develop:\n      watch:\n        - path: .\n          action: reload\n', ['DC003@7']],
  ],
  quiet: [
    ...['"no"', 'always', 'on-failure', 'on-failure:3', 'unless-stopped', '${RESTART:-always}'].map((r) => `services:\n  web:\n    image: nginx:1.27\n    restart: ${r}\n`),
    'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: mysql:8.4\n',
    'services:\n  web:\n    image: nginx:1.27\n    cgroup: host\n',
    // a wrong type is DC002's alone
    'services:\n  web:\n    image: nginx:1.27\n    command: { a: 1 }\n',
  ],
  details: [[CONDITION, 6, { args: { value: 'service_ready', key: 'services.web.depends_on.db.condition', allowed: 'service_started, service_healthy, service_completed_successfully' } }]],
});
