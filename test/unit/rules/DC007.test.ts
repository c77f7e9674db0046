import { ruleSpec } from './spec';

const LONG_FORM = 'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - type: volume\n        source: data\n        target: /var/lib/mysql\nvolumes:\n  dat: {}\n';

ruleSpec('DC007', {
  path: 'compose.yaml',
  fires: [
    ['services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - db-data:/var/lib/mysql\n', ['DC007@5']],
    ['services:\n  web:\n    image: nginx:1.27\n    networks: [front]\n    secrets: [api_key]\n    configs:\n      - source: nginx_conf\n        target: /etc/nginx/nginx.conf\n', ['DC007@4', 'DC007@5', 'DC007@7']],
    [LONG_FORM, ['DC007@6:17-6:21']],
  ],
  quiet: [
    // declared names, bind mounts, anonymous volumes and the default network
    'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - db-data:/var/lib/mysql\n      - ./init:/docker-entrypoint-initdb.d:ro\n      - /var/lib/extra\n    networks: [default, back]\nvolumes:\n  db-data: {}\nnetworks:\n  back: {}\n',
    'services:\n  web:\n    image: nginx:1.27\n    secrets: [k]\n    configs: [c]\nsecrets:\n  k:\n    file: ./k.txt\nconfigs:\n  c:\n    content: hi\n',
    'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - ${DATA_VOLUME}:/var/lib/mysql\n',
    { text: 'services:\n  db:\n    volumes: [data:/data]\n', path: 'compose.override.yaml' },
  ],
  details: [
    // names the section and suggests a close name
    [LONG_FORM, 6, { args: { name: 'data', kind: 'volumes', service: 'db', suggestion: 'dat' }, variant: 'suggest' }],
    ['services:\n  web:\n    image: nginx:1.27\n    networks: [front]\n    secrets: [api_key]\n    configs:\n      - source: nginx_conf\n        target: /etc/nginx/nginx.conf\n', 7, { args: { name: 'nginx_conf', kind: 'configs', service: 'web', suggestion: undefined } }],
  ],
});
