import { dedent } from '../../helpers';
import { ruleSpec } from './spec';

const PORT = 'services:\n  web:\n    image: nginx:1.27\n    port:\n      - "80:80"\n';
// At the top level: volume → volumes, network → networks.
const TOP = dedent(`
  services:
    db:
      image: mysql:8.4
  volume:
    db: {}
  network:
    wordpress: {}
`);

ruleSpec('DC001', {
  path: 'compose.yaml',
  fires: [
    // the notes' typos; the finding marks the key
    [PORT, ['DC001@4:5-4:9']],
    ['services:\n  web:\n    image: nginx:1.27\n    voluems:\n      - data:/data\n', ['DC001@4']],
    ['services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n      option:\n        max-size: 3m\n', ['DC001@6']],
    ['services:\n  db:\n    image: mysql:8.4\n    build:\n      context: .\n      dockerfil: Dockerfile\n', ['DC001@6']],
    [{ text: TOP, path: 'docker-compose.yml' }, ['DC001@4', 'DC001@6']],
  ],
  quiet: [
    'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n',
    // x- extensions and merge keys
    'x-common: &common\n  restart: unless-stopped\nservices:\n  web:\n    <<: *common\n    image: nginx:1.27\n    x-note: hi\n',
    // !reset/!override tags
    'services:\n  web:\n    image: nginx:1.27\n    ports: !reset []\n    environment: !override\n      A: "1"\n',
    'name: demo\ninclude:\n  - other.yaml\nmodels:\n  m:\n    model: ai/smollm2\nservices:\n  web:\n    image: nginx:1.27\n    develop:\n      watch:\n        - path: ./src\n          action: sync\n          target: /app\n',
    // not a Compose file
    { text: 'port:\n  - 80\n', path: 'notes.yaml' },
    // a wrong type is DC002's alone (the oneOf noise is collapsed)
    'services:\n  web:\n    image: nginx:1.27\n    command: { a: 1 }\n',
  ],
  fixes: [[PORT, 4, PORT.replace('port:', 'ports:')]],
  preferredFix: true,
  details: [
    [PORT, 4, { args: { key: 'port', suggestion: 'ports' }, variant: 'suggest' }],
    [{ text: TOP, path: 'docker-compose.yml' }, 4, { args: { key: 'volume', suggestion: 'volumes' }, variant: 'topSuggest' }],
    [{ text: TOP, path: 'docker-compose.yml' }, 6, { args: { key: 'network', suggestion: 'networks' }, variant: 'topSuggest' }],
  ],
});
