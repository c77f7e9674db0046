import { ruleSpec } from './spec';

const TYPO = 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [dbb]\n  db:\n    image: mysql:8.4\n';
const NO_MATCH = 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      cache:\n        condition: service_started\n    links:\n      - database:db\n';

ruleSpec('DC006', {
  path: 'compose.yaml',
  fires: [
    [TYPO, ['DC006@4:18-4:21']],
    [NO_MATCH, ['DC006@5', 'DC006@8']],
    ['services:\n  web:\n    extends:\n      service: base\n    network_mode: "service:vpn"\n    volumes_from:\n      - data:ro\n', ['DC006@4', 'DC006@5', 'DC006@7']],
  ],
  quiet: [
    'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n    links: ["db:database"]\n    network_mode: service:db\n  db:\n    image: mysql:8.4\n',
    // another file's service, a container
    'services:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n    volumes_from:\n      - container:data\n',
    // an included file may define it
    'include:\n  - db.yaml\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n',
    // override files extend a main file
    { text: 'services:\n  web:\n    depends_on: [db]\n', path: 'compose.override.yaml' },
  ],
  details: [
    // the closest service name is suggested
    [TYPO, 4, { args: { name: 'dbb', via: 'depends_on', suggestion: 'db' }, variant: 'suggest' }],
    [NO_MATCH, 8, { args: { name: 'database', via: 'links', suggestion: undefined }, variant: undefined }],
  ],
});
