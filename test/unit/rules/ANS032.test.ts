import { ruleSpec } from './spec';

ruleSpec('ANS032', {
  path: 'site.yml',
  fires: [
    // play vars: a Python keyword and a name with `-`
    ['- hosts: all\n  vars:\n    async: 1\n    app-port: 80\n  tasks:\n    - name: A\n      ping:\n', ['ANS032@3:5-3:10', 'ANS032@4']],
    // register, set_fact, loop_var
    ['- hosts: all\n  tasks:\n    - name: A\n      command: x\n      register: 1result\n    - name: B\n      set_fact:\n        class: web\n        cacheable: true\n    - name: C\n      debug:\n        msg: hi\n      loop: [1]\n      loop_control:\n        loop_var: lambda\n', ['ANS032@5', 'ANS032@8', 'ANS032@15']],
    // a vars file
    [{ path: 'group_vars/all.yml', text: 'lambda: x\nok_name: 1\n' }, ['ANS032@1']],
    // an INI inventory
    [{ path: 'inventory/hosts', text: '[web]\nweb1 app-port=80 ansible_host=10.0.0.1\n' }, ['ANS032@2:6-2:14']],
    // a YAML inventory
    [{ path: 'inventory/hosts.yml', text: 'all:\n  hosts:\n    web1:\n      class: a\n  vars:\n    good: 1\n' }, ['ANS032@4']],
  ],
  quiet: [
    '- hosts: all\n  vars:\n    app_port: 80\n    _private: 1\n    Async: 2\n  tasks:\n    - name: A\n      ping:\n      environment:\n        MY-VAR: x\n',
    { path: 'group_vars/web.yml', text: 'nginx_port: 80\n' },
    { path: 'inventory/hosts', text: '[web]\nweb1 ansible_host=10.0.0.1\n[web:vars]\nhttp_port=80\n' },
    '- hosts: all\n  tasks:\n    - name: A\n      command: x\n      register: "{{ name }}"\n',
  ],
  details: [
    ['- hosts: all\n  vars:\n    async: 1\n  tasks:\n    - name: A\n      ping:\n', 3, { args: { name: 'async', where: 'vars' }, variant: 'keyword' }],
    [{ path: 'group_vars/all.yml', text: 'my-var: x\n' }, 1, { args: { name: 'my-var' }, variant: 'invalid' }],
  ],
});
