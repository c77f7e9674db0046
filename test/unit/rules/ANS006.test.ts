import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS006', {
  path: P,
  fires: [
    [play('    - name: only keywords\n      when: x\n'), ['ANS006@4:7-4:11']],
    [play('    - become: yes\n      register: r\n'), ['ANS006@4']],
    [{ path: 'roles/web/tasks/main.yml', text: '- name: a\n  debug: msg=1\n- name: b\n  tags: [x]\n' }, ['ANS006@3']],
  ],
  quiet: [
    play('    - name: a\n      debug: msg=1\n'),
    play('    - name: act\n      action: command ls\n    - block:\n        - debug: msg=1\n      when: x\n'),
    play('    - include: old.yml\n    - name: unknown\n      frobnicate: {}\n'),
  ],
  details: [
    [play('    - name: only keywords\n      when: x\n'), 4, { args: { name: 'only keywords' }, variant: 'named' }],
    [play('    - when: x\n'), 4, { variant: undefined }],
  ],
});
