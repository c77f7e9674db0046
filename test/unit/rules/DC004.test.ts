import { ruleSpec } from './spec';

const NO_CONDITION = 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        restart: true\n  db:\n    image: mysql:8.4\n';

ruleSpec('DC004', {
  path: 'compose.yaml',
  fires: [
    // the finding marks the map's key
    [NO_CONDITION, ['DC004@5:7-5:9']],
    ['services:\n  web:\n    image: nginx:1.27\n    develop:\n      watch:\n        - path: ./src\n', ['DC004@6']],
    ['services:\n  web:\n    image: nginx:1.27\n    extends:\n      file: base.yaml\n', ['DC004@4']],
    ['models:\n  m:\n    context_size: 1024\nservices:\n  web:\n    image: nginx:1.27\n', ['DC004@2']],
  ],
  quiet: [
    'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_started\n  db:\n    image: mysql:8.4\n',
    'services:\n  web:\n    image: nginx:1.27\n    develop:\n      watch:\n        - path: ./src\n          action: rebuild\n',
    // DC001 reports the typo instead
    'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condtion: service_started\n  db:\n    image: mysql:8.4\n',
    // a wrong type is DC002's alone
    'services:\n  web:\n    image: nginx:1.27\n    command: { a: 1 }\n',
  ],
  details: [[NO_CONDITION, 5, { args: { key: 'services.web.depends_on.db', property: 'condition' } }]],
});
