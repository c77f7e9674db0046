import { ruleSpec } from './spec';

const COMMAND_MAP = 'services:\n  web:\n    image: nginx:1.27\n    command: { a: 1 }\n';

ruleSpec('DC002', {
  path: 'compose.yaml',
  fires: [
    ['services:\n  web:\n    image: nginx:1.27\n    ports: "80:80"\n', ['DC002@4']],
    ['services:\n  web:\n    image:\n      name: nginx\n', ['DC002@3']],
    ['services:\n  web:\n    image: nginx:1.27\n    privileged: [true]\n', ['DC002@4']],
    ['services:\n  - web\n', ['DC002@1']],
    // the oneOf noise collapses into one finding, on the key (DC001, DC003–DC005 stay quiet on it: see their specs)
    [COMMAND_MAP, ['DC002@4:5-4:12']],
  ],
  quiet: [
    'services:\n  web:\n    build: .\n',
    'services:\n  web:\n    build:\n      context: .\n    environment:\n      - A=1\n',
    'services:\n  web:\n    image: nginx:1.27\n    environment:\n      A: 1\n      B: true\n    command: ["npm", "start"]\n',
    'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - 80\n      - "443:443"\n      - target: 81\n        published: 8081\n',
  ],
  details: [[COMMAND_MAP, 4, { args: { key: 'services.web.command', expected: 'null, string, array', actual: 'object' } }]],
});
