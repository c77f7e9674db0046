import { ruleSpec } from './spec';

ruleSpec('ANS029', {
  path: 'site.yml',
  fires: [
    // a play: the finding marks its first key
    ['- hosts: all\n  tasks:\n    - name: A\n      ping:\n', ['ANS029@1:3-1:8']],
    ['- name: Web\n  hosts: web\n  tasks:\n    - apt:\n        name: git\n', ['ANS029@4']],
    [{ path: 'roles/x/handlers/main.yml', text: '- service:\n    name: nginx\n    state: restarted\n' }, ['ANS029@1']],
  ],
  quiet: [
    '- name: Web\n  hosts: web\n  tasks:\n    - include_tasks: a.yml\n    - ansible.builtin.import_role:\n        name: x\n    - meta: flush_handlers\n',
    '- import_playbook: other.yml\n',
    '- name: Web\n  hosts: web\n  tasks:\n    - block:\n        - name: A\n          ping:\n',
    { path: 'roles/x/tasks/main.yml', text: '- name: 엔진엑스 설치\n  apt:\n    name: nginx\n' },
  ],
  details: [
    ['- hosts: all\n  tasks:\n    - name: A\n      ping:\n', 1, { variant: 'play' }],
    ['- name: Web\n  hosts: web\n  tasks:\n    - apt:\n        name: git\n', 4, { args: { module: 'apt' }, variant: undefined }],
    [{ path: 'roles/x/handlers/main.yml', text: '- service:\n    name: nginx\n    state: restarted\n' }, 1, { variant: 'handler' }],
  ],
});
