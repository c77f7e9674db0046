import { loose, ruleSpec } from './spec';

const P = 'site.yml';
const INV = { hosts: '[webservers]\nweb1\n[dbservers]\ndb1\n[prod:children]\nwebservers\n' };

ruleSpec('ANS056', {
  path: P,
  fires: [
    [{ files: { [P]: '- hosts: webserver\n  tasks: []\n', ...INV } }, ['ANS056@1:10-1:19']],
    [{ files: { [P]: '- hosts: webservers\n  tasks: []\n- hosts: monitoring\n  tasks: []\n', ...INV } }, ['ANS056@3']],
    // a YAML inventory in an inventory folder
    [{ files: { 'playbooks/site.yml': '- hosts: cache\n  tasks: []\n', 'inventory/hosts.yml': 'all:\n  children:\n    web:\n      hosts:\n        a.example.com:\n' }, path: 'playbooks/site.yml' }, ['ANS056@1']],
  ],
  quiet: [
    { files: { [P]: '- hosts: webservers\n- hosts: prod\n- hosts: db1\n- hosts: all\n- hosts: localhost\n', ...INV } },
    // patterns and Jinja
    { files: { [P]: '- hosts: "webservers:&prod"\n- hosts: "web*"\n- hosts: "{{ target }}"\n- hosts: a,b\n', ...INV } },
    // no inventory near the playbook
    { files: { [P]: '- hosts: webserver\n', 'other/project/hosts': '[x]\nh\n' } },
    // hosts added while the play runs
    { files: { [P]: '- hosts: localhost\n  tasks:\n    - add_host: name=1.2.3.4 groups=launched\n- hosts: launched\n', ...INV } },
    loose('- hosts: webserver\n', P),
  ],
  details: [[{ files: { [P]: '- hosts: webserver\n', ...INV } }, 1, { variant: 'suggest', args: { name: 'webserver', suggestion: 'webservers' } }]],
});
