import { ruleSpec } from './spec';

ruleSpec('ANS027', {
  path: 'site.yml',
  fires: [
    ['- hosts: all\n  tasks:\n    - name: Query\n      command: psql -c "select 1"\n      become_user: postgres\n', ['ANS027@5:7-5:18']],
    ['- hosts: all\n  become_user: deploy\n  tasks:\n    - name: A\n      ping:\n', ['ANS027@2']],
    ['- hosts: all\n  become: true\n  tasks:\n    - block:\n        - name: A\n          ping:\n          become_user: app\n      become: false\n', ['ANS027@7']],
    ['- hosts: all\n  tasks:\n    - name: A\n      ping:\n      become: no\n      become_user: app\n', ['ANS027@6']],
  ],
  quiet: [
    '- hosts: all\n  become: true\n  tasks:\n    - name: A\n      ping:\n      become_user: app\n',
    '- hosts: all\n  tasks:\n    - block:\n        - name: A\n          ping:\n          become_user: app\n      become: yes\n',
    { path: 'roles/db/tasks/main.yml', text: '- name: Query\n  command: psql -c "select 1"\n  become_user: postgres\n' },
    '- hosts: all\n  tasks:\n    - name: A\n      ping:\n      become: "{{ use_sudo }}"\n      become_user: app\n',
  ],
  fixes: [
    ['- hosts: all\n  tasks:\n    - name: Query\n      ping:\n      become_user: postgres\n', 5, '- hosts: all\n  tasks:\n    - name: Query\n      ping:\n      become_user: postgres\n      become: true\n'],
    ['- hosts: all\n  become_user: deploy\n  tasks:\n    - name: A\n      ping:\n', 2, '- hosts: all\n  become_user: deploy\n  become: true\n  tasks:\n    - name: A\n      ping:\n'],
  ],
  preferredFix: true,
  details: [
    ['- hosts: all\n  tasks:\n    - name: A\n      ping:\n      become: no\n      become_user: app\n', 6, { args: { user: 'app' }, variant: 'off' }],
    ['- hosts: all\n  become_user: deploy\n  tasks:\n    - name: A\n      ping:\n', 2, { args: { user: 'deploy' }, variant: undefined }],
  ],
});
