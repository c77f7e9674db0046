import { ruleSpec } from './spec';

const I = 'inventory/hosts';

ruleSpec('ANS073', {
  path: I,
  fires: [
    ['[web servers]\nw1\n', ['ANS073@1:1-1:14']],
    ['[web]\nw1\n[web:var]\nx=1\n', ['ANS073@3']],
    ['[web\nw1\n', ['ANS073@1']],
  ],
  quiet: [
    '[web]\nw1\n[web:vars]\nx=1\n[all:children]\nweb\n',
    '# [not a header]\nw1\n',
    '[web] # the web servers\nw1\n',
  ],
  details: [
    ['[web servers]\nw1\n', 1, { args: { text: '[web servers]' } }],
  ],
});
