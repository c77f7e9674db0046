import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS015', {
  path: P,
  fires: [
    ['- hosts: all\n  become: yes\n  become_method: sduo\n  tasks: []\n', ['ANS015@3:18-3:22']],
    [play('    - command: ls\n      become: yes\n      become_method: root\n'), ['ANS015@6']],
    [play('    - block:\n        - command: ls\n      become_method: suu\n'), ['ANS015@6']],
  ],
  quiet: [
    '- hosts: all\n  become: yes\n  become_method: sudo\n  tasks: []\n',
    play('    - command: ls\n      become_method: community.general.machinectl\n    - command: ls\n      become_method: "{{ method }}"\n'),
    play('    - win_command: whoami\n      become_method: runas\n    - command: ls\n      become_method: doas\n'),
  ],
  details: [
    ['- hosts: all\n  become_method: sduo\n', 2, { args: { value: 'sduo', suggestion: 'sudo' }, variant: 'suggest' }],
    ['- hosts: all\n  become_method: rootkit\n', 2, { args: { value: 'rootkit', suggestion: undefined }, variant: undefined }],
  ],
});
