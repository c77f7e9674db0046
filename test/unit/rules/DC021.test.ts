import { ruleSpec } from './spec';

const PLAIN = 'services:\n  grafana:\n    image: grafana/grafana:11.0.0\n    volumes:\n      - ./files/grafana.ini:/etc/grafana/grafana.ini\n';
const QUOTED = 'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - "./my.cnf:/etc/mysql/conf.d/my.cnf"\n';

ruleSpec('DC021', {
  path: 'compose.yaml',
  fires: [
    // config files bind-mounted read-write into /etc
    [PLAIN, ['DC021@5:9-5:53']],
    [QUOTED, ['DC021@5']],
    ['services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./nginx.conf\n        target: /etc/nginx/nginx.conf\n', ['DC021@5']],
  ],
  quiet: [
    // read-only mounts, folders, data paths and named volumes
    'services:\n  grafana:\n    image: grafana/grafana:11.0.0\n    volumes:\n      - ./files/grafana.ini:/etc/grafana/grafana.ini:ro\n',
    'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./conf.d:/etc/nginx/conf.d\n      - ./data.json:/app/data.json\n      - conf:/etc/app/app.yaml\n',
    'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./nginx.conf\n        target: /etc/nginx/nginx.conf\n        read_only: true\n',
  ],
  // the quick fix appends :ro (inside the quotes)
  fixes: [
    [PLAIN, 5, PLAIN.replace('grafana.ini\n', 'grafana.ini:ro\n')],
    [QUOTED, 5, QUOTED.replace('my.cnf"', 'my.cnf:ro"')],
  ],
  preferredFix: true,
  details: [[PLAIN, 5, { args: { source: './files/grafana.ini', target: '/etc/grafana/grafana.ini' } }]],
});
