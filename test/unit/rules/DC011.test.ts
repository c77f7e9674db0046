import { ruleSpec } from './spec';

ruleSpec('DC011', {
  path: 'compose.yaml',
  fires: [
    // a fixed host port of a scaled service
    ['services:\n  web:\n    build: .\n    scale: 3\n    ports:\n      - "5000:5000"\n', ['DC011@6:9-6:20']],
    ['services:\n  web:\n    build: .\n    deploy: { replicas: 2 }\n    ports:\n      - "127.0.0.1:8080:80"\n      - target: 443\n        published: 8443\n', ['DC011@6', 'DC011@7']],
    // a range narrower than the scale
    ['services:\n  web:\n    build: .\n    scale: 3\n    ports: ["8000-8001:80"]\n', ['DC011@5']],
  ],
  quiet: [
    // container-only ports, wide ranges and single containers
    'services:\n  web:\n    build: .\n    scale: 3\n    ports:\n      - "5000"\n',
    'services:\n  web:\n    build: .\n    scale: 3\n    ports: ["8000-8002:80"]\n',
    'services:\n  web:\n    build: .\n    ports: ["5000:5000"]\n',
  ],
  details: [['services:\n  web:\n    build: .\n    deploy: { replicas: 2 }\n    ports:\n      - "127.0.0.1:8080:80"\n      - target: 443\n        published: 8443\n', 7, { args: { service: 'web', port: '8443', replicas: '2' } }]],
});
