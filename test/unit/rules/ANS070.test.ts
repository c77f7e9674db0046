import { ruleSpec } from './spec';

const I = 'inventory/hosts';

ruleSpec('ANS070', {
  path: I,
  fires: [
    // the notes' inventory line
    ['amazon1 anssible_host=1.1.1.1 ansible_user=ubuntu\n', ['ANS070@1:9-1:22']],
    ['[web]\nw1\n\n[web:vars]\nansible_usr=deploy\nansible_ssh_privte_key_file=~/.ssh/id\n', ['ANS070@5', 'ANS070@6']],
    [{ path: 'inventory/hosts.yml', text: 'all:\n  hosts:\n    a:\n      anssible_host: 1.2.3.4\n  children:\n    web:\n      vars:\n        ansible_prot: 22\n' }, ['ANS070@4', 'ANS070@8']],
  ],
  quiet: [
    'amazon1 ansible_host=1.1.1.1 ansible_user=ubuntu ansible_become_pass=x\n',
    '[web]\nw1 http_port=80 app_host=x ansible_winrm_transport=ntlm\n',
    { path: 'inventory/hosts.yml', text: 'all:\n  hosts:\n    a:\n      ansible_host: 1.2.3.4\n      ansible_python_interpreter: /usr/bin/python3\n' },
  ],
  fixes: [
    ['amazon1 anssible_host=1.1.1.1\n', 1, 'amazon1 ansible_host=1.1.1.1\n'],
  ],
  details: [
    ['amazon1 anssible_host=1.1.1.1\n', 1, { args: { name: 'anssible_host', suggestion: 'ansible_host' } }],
  ],
});
