import { ruleSpec } from './spec';

// "Billion laughs": ten levels of nine aliases each (9^10 nodes if expanded); reported on the first alias.
const LAUGHS = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
for (let i = 1; i < 10; i++) LAUGHS.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
const bomb = (prefix: string, indent: string, levels = 10) => prefix + LAUGHS.slice(0, levels).map((l) => indent + l + '\n').join('');

ruleSpec('YAML002', {
  path: 'compose.yaml',
  fires: [
    // the first alias is on the line of a1
    [bomb('services:\n  web:\n    image: nginx:1.27\nx-bomb:\n', '  '), ['YAML002@6:12-6:15']],
    [{ text: bomb('apiVersion: v1\nkind: ConfigMap\ndata:\n', '  '), path: 'k8s.yaml' }, ['YAML002@5:12-5:15']],
    [{ text: bomb('- hosts: all\n  vars:\n', '    ') + '  tasks: []\n', path: 'playbook.yml' }, ['YAML002@4']],
    // six levels: 9^6 = 531,441 nodes, past the limit of 100,000
    [bomb('services:\n  web:\n    image: nginx:1.27\nx-bomb:\n', '  ', 6), ['YAML002@6']],
  ],
  quiet: [
    // ordinary anchors, aliases and merge keys
    'x-common: &common\n  restart: unless-stopped\n  logging: &log\n    driver: json-file\nservices:\n  web:\n    <<: *common\n    image: nginx:1.27\n  db:\n    <<: *common\n    image: mysql:8.4\n    logging: *log\n',
    // five levels: 9^5 = 59,049 nodes, within the limit
    bomb('services:\n  web:\n    image: nginx:1.27\nx-bomb:\n', '  ', 5),
    // anchors without aliases, and an `&` or `*` inside values
    'services:\n  web:\n    image: nginx:1.27\n    command: ["sh", "-c", "a && b * c"]\n    labels:\n      x: &x 1\n',
    // plain YAML belongs to the YAML extension
    { text: bomb('', ''), path: 'values.yaml' },
  ],
  details: [[bomb('services:\n  web:\n    image: nginx:1.27\nx-bomb:\n', '  '), 6, { args: { count: '100,000' } }]],
});
