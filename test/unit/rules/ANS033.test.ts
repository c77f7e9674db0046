import { ruleSpec } from './spec';

ruleSpec('ANS033', {
  path: 'site.yml',
  fires: [
    ['- hosts: all\n  become: yes\n  gather_facts: no\n  tasks:\n    - name: A\n      ping:\n', ['ANS033@2:11-2:14', 'ANS033@3']],
    ['- hosts: all\n  tasks:\n    - name: Cache\n      apt:\n        update_cache: yes\n        name: git\n', ['ANS033@5']],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: Check\n  command: x\n  changed_when: False\n  ignore_errors: On\n' }, ['ANS033@3', 'ANS033@4']],
  ],
  quiet: [
    '- hosts: all\n  become: true\n  tasks:\n    - name: A\n      ping:\n',
    '- hosts: all\n  tasks:\n    - name: Cache\n      apt:\n        update_cache: "yes"\n',
    '- hosts: all\n  vars:\n    enable_x: yes\n  tasks:\n    - name: A\n      ping:\n',
    '- hosts: all\n  tasks:\n    - name: A\n      my_custom_module:\n        force: yes\n',
  ],
  fixes: [
    ['- hosts: all\n  become: yes\n  tasks:\n    - name: A\n      ping:\n', 2, '- hosts: all\n  become: true\n  tasks:\n    - name: A\n      ping:\n'],
    ['- hosts: all\n  tasks:\n    - name: Cache\n      apt:\n        update_cache: no\n        name: git\n', 5, '- hosts: all\n  tasks:\n    - name: Cache\n      apt:\n        update_cache: false\n        name: git\n'],
  ],
  preferredFix: true,
  details: [['- hosts: all\n  become: yes\n  tasks:\n    - name: A\n      ping:\n', 2, { args: { key: 'become', value: 'yes', to: 'true' } }]],
});
