import { ruleSpec } from './spec';

const I = 'inventory/hosts';

ruleSpec('ANS072', {
  path: I,
  fires: [
    ['[amazon]\na1\n\n[linux:children]\namazon\nubuntu\n', ['ANS072@6:1-6:7']],
    ['[web]\nw1\n[all_servers:children]\nwbe\n', ['ANS072@4']],
    ['[web]\nw1\n[db:vars]\nport=5432\n', ['ANS072@3']],
  ],
  quiet: [
    '[amazon]\na1\n[ubuntu]\nu1\n[linux:children]\namazon\nubuntu\n',
    // defined later in the file, or as a parent of its own
    '[linux:children]\nweb\n[web:children]\nfront\n[front]\nf1\n',
    '[web]\nw1\n[web:vars]\nport=80\n[all:vars]\nx=1\n',
  ],
  fixes: [
    ['[web]\nw1\n[all_servers:children]\nwbe\n', 4, '[web]\nw1\n[all_servers:children]\nweb\n'],
  ],
  details: [
    ['[web]\nw1\n[all_servers:children]\nwbe\n', 4, { args: { group: 'wbe', parent: 'all_servers', suggestion: 'web' }, variant: 'suggest' }],
    ['[web]\nw1\n[db:vars]\nport=5432\n', 3, { args: { group: 'db' }, variant: 'varsOnly' }],
  ],
});
