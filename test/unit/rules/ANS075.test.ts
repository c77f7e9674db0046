import { ruleSpec } from './spec';

const I = 'inventory/hosts';

ruleSpec('ANS075', {
  path: I,
  fires: [
    ['[web]\nw1\n[db]\nd1\n[web]\nw2\n', ['ANS075@5:2-5:5']],
    ['[web:vars]\nx=1\n[web]\nw1\n[web:vars]\ny=2\n', ['ANS075@5']],
    ['[a:children]\nweb\n[web]\nw\n[a:children]\ndb\n[db]\nd\n', ['ANS075@5']],
  ],
  quiet: [
    '[web]\nw1\nw2\n[web:vars]\nx=1\n',
    '[web]\nw1\n[web:children]\nfront\n[front]\nf\n',
    '[web]\nw1\n[db]\nd1\n',
  ],
  details: [
    ['[web]\nw1\n[web]\nw2\n', 3, { args: { group: 'web', kind: 'hosts', line: '1' }, variant: undefined }],
    ['[web:vars]\nx=1\n[web:vars]\ny=2\n[web]\nw\n', 3, { variant: 'kind' }],
  ],
});
