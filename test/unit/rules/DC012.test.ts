import { ruleSpec } from './spec';

const TWO_SERVICES = 'services:\n  a:\n    image: x:1\n    ports: ["8080:80"]\n  b:\n    image: y:1\n    ports: ["8080:8080"]\n';
const ONE_SERVICE = 'services:\n  a:\n    image: x:1\n    ports:\n      - "80:80"\n      - "80:8080"\n';

ruleSpec('DC012', {
  path: 'compose.yaml',
  fires: [
    // a host port published twice: reported on the second
    [TWO_SERVICES, ['DC012@7:13-7:24']],
    [ONE_SERVICE, ['DC012@6']],
    ['services:\n  a:\n    image: x:1\n    ports: ["127.0.0.1:5432:5432"]\n  b:\n    image: y:1\n    ports:\n      - target: 5432\n        published: 5432\n', ['DC012@8']],
  ],
  quiet: [
    // different ports, protocols, addresses and disjoint profiles
    'services:\n  a:\n    image: x:1\n    ports: ["8080:80"]\n  b:\n    image: y:1\n    ports: ["8081:80", "80"]\n',
    'services:\n  dns:\n    image: x:1\n    ports: ["53:53/tcp", "53:53/udp"]\n',
    'services:\n  a:\n    image: x:1\n    ports: ["127.0.0.1:80:80"]\n  b:\n    image: y:1\n    ports: ["127.0.0.2:80:80"]\n',
    'services:\n  a:\n    image: x:1\n    profiles: [dev]\n    ports: ["80:80"]\n  b:\n    image: y:1\n    profiles: [prod]\n    ports: ["80:80"]\n',
  ],
  details: [
    // names the other service
    [TWO_SERVICES, 7, { args: { port: '8080', service: 'b', other: 'a' }, variant: undefined }],
    [ONE_SERVICE, 6, { args: { port: '80', service: 'a', other: 'a' }, variant: 'same' }],
  ],
});
