import { ruleSpec } from './spec';

const SSH = 'services:\n  ssh:\n    image: x:1\n    ports:\n      - 22:22\n';

ruleSpec('DC022', {
  path: 'compose.yaml',
  fires: [
    // unquoted base-60 port mappings
    [SSH, ['DC022@5:9-5:14']],
    ['services:\n  ssh:\n    image: x:1\n    ports:\n      - 2222:22\n      - 8000:50\n', ['DC022@5', 'DC022@6']],
    ['services:\n  ssh:\n    image: x:1\n    ports: [21:21]\n', ['DC022@4']],
  ],
  quiet: [
    // quoted mappings, and ones YAML 1.1 reads as strings
    'services:\n  ssh:\n    image: x:1\n    ports:\n      - "22:22"\n      - \'2222:22\'\n',
    'services:\n  web:\n    image: x:1\n    ports:\n      - 80:80\n      - 3000:3000\n      - 8080\n',
    'services:\n  web:\n    image: x:1\n    ports:\n      - 127.0.0.1:22:22\n',
  ],
  // the quick fix quotes the value
  fixes: [
    [SSH, 5, SSH.replace('- 22:22', '- "22:22"')],
    ['services:\n  ssh:\n    image: x:1\n    ports: [21:21]\n', 4, 'services:\n  ssh:\n    image: x:1\n    ports: ["21:21"]\n'],
  ],
  preferredFix: true,
  // shows the number YAML 1.1 reads
  details: [
    [SSH, 5, { args: { port: '22:22', number: '1342' } }],
    ['services:\n  ssh:\n    image: x:1\n    ports:\n      - 2222:22\n      - 8000:50\n', 6, { args: { port: '8000:50', number: '480050' } }],
  ],
});
