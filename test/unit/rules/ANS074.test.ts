import { ruleSpec } from './spec';

const I = 'inventory/hosts';

ruleSpec('ANS074', {
  path: I,
  fires: [
    ['[web]\nweb[10:1].example.com\n', ['ANS074@2:1-2:22']],
    ['[web]\nweb[01-10]\n', ['ANS074@2']],
    ['db-[a:9]\n', ['ANS074@1']],
  ],
  quiet: [
    '[web]\nweb[01:10].example.com\n',
    'db-[a:f]\nnode[0:20:5]\n',
    '[web]\nw1 ansible_host=10.0.0.1\n',
  ],
  details: [
    ['[web]\nweb[01-10]\n', 2, { args: { text: 'web[01-10]' } }],
  ],
});
