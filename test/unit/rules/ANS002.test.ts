import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS002', {
  path: P,
  fires: [
    [play('    - include: other.yml\n'), ['ANS002@4:7-4:14']],
    ['- hosts: all\n  sudo: yes\n  sudo_user: app\n  tasks: []\n', ['ANS002@2', 'ANS002@3']],
    ['- include: other.yml\n- hosts: all\n  tasks: []\n', ['ANS002@1']],
    [play('    - command: ls\n      always_run: true\n      su: yes\n'), ['ANS002@5', 'ANS002@6']],
  ],
  quiet: [
    play('    - include_tasks: other.yml\n    - import_tasks: more.yml\n'),
    '- import_playbook: other.yml\n- hosts: all\n  become: yes\n  become_user: app\n  tasks: []\n',
    play('    - command: ls\n      check_mode: false\n'),
  ],
  fixes: [
    ['- hosts: all\n  sudo: yes\n  tasks: []\n', 2, '- hosts: all\n  become: yes\n  tasks: []\n'],
    [play('    - include: other.yml\n'), 4, play('    - include_tasks: other.yml\n')],
    ['- include: other.yml\n- hosts: all\n  tasks: []\n', 1, '- import_playbook: other.yml\n- hosts: all\n  tasks: []\n'],
  ],
  details: [
    ['- hosts: all\n  sudo: yes\n', 2, { args: { key: 'sudo', replacement: 'become', since: '2.9' }, variant: undefined }],
    ['- include: x.yml\n- hosts: all\n', 1, { args: { replacement: 'import_playbook' }, variant: 'play' }],
    ['- include: x.yml\n', 1, { variant: 'task' }],
  ],
});
