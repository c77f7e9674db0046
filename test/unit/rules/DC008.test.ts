import { ruleSpec } from './spec';

const TWO = 'services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [a]\n';
const THREE = 'services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on:\n      c:\n        condition: service_started\n  c:\n    image: x:1\n    depends_on: [a]\n';

ruleSpec('DC008', {
  path: 'compose.yaml',
  fires: [
    // once per cycle, on the entry that closes it
    [TWO, ['DC008@7:18-7:19']],
    ['services:\n  a:\n    image: x:1\n    depends_on: [a]\n', ['DC008@4']],
    [THREE, ['DC008@12']],
  ],
  quiet: [
    // a chain, a diamond, an undefined name
    'services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [c]\n  c:\n    image: x:1\n',
    'services:\n  a:\n    image: x:1\n    depends_on: [b, c]\n  b:\n    image: x:1\n    depends_on: [d]\n  c:\n    image: x:1\n    depends_on: [d]\n  d:\n    image: x:1\n',
    'services:\n  a:\n    image: x:1\n    depends_on: [zz]\n',
  ],
  details: [
    // the finding shows the cycle
    [TWO, 7, { args: { cycle: 'a → b → a' } }],
    [THREE, 12, { args: { cycle: 'a → b → c → a' } }],
  ],
});
