import { ruleSpec } from './spec';

const NAME = 'services:\n  my web:\n    image: nginx:1.27\n';

ruleSpec('DC005', {
  path: 'compose.yaml',
  fires: [
    [NAME, ['DC005@2:3-2:9']],
    ['services:\n  web:\n    image: nginx:1.27\n    pull_policy: sometimes\n', ['DC005@4']],
    ['services:\n  web:\n    image: nginx:1.27\n    cpu_count: -1\n', ['DC005@4']],
    ['services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_ADMIN\n      - NET_ADMIN\n', ['DC005@6']],
  ],
  quiet: [
    'services:\n  my-web_1.x:\n    image: nginx:1.27\n',
    'services:\n  web:\n    image: nginx:1.27\n    pull_policy: every_12h\n',
    'services:\n  web:\n    image: nginx:1.27\n    cpu_count: 2\n    cap_add: [NET_ADMIN, SYS_TIME]\n',
    // a wrong type is DC002's alone
    'services:\n  web:\n    image: nginx:1.27\n    command: { a: 1 }\n',
  ],
  details: [
    // the name rule: its own message
    [NAME, 2, { args: { key: 'my web', where: 'services' }, variant: 'name' }],
    ['services:\n  web:\n    image: nginx:1.27\n    cpu_count: -1\n', 4, { variant: 'limit' }],
    ['services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - NET_ADMIN\n      - NET_ADMIN\n', 6, { args: { value: 'NET_ADMIN' }, variant: 'duplicate' }],
  ],
});
