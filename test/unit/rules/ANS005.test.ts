import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS005', {
  path: P,
  fires: [
    [play('    - name: two\n      apt: name=git\n      service: name=nginx state=started\n'), ['ANS005@6:7-6:14']],
    [play('    - command: ls\n      shell: ls\n      debug: msg=x\n'), ['ANS005@5', 'ANS005@6']],
    [{ path: 'roles/web/tasks/main.yml', text: '- name: x\n  copy: src=a dest=b\n  template: src=a dest=b\n' }, ['ANS005@3']],
  ],
  quiet: [
    play('    - apt: name=git\n    - service: name=nginx state=started\n'),
    play('    - name: a\n      command: ls\n      register: r\n      notify: restart\n'),
    play('    - name: a\n      apt: name=git\n      frobnicate: x\n'),
  ],
  details: [
    [play('    - apt: name=git\n      service: name=x\n'), 5, { args: { module: 'service', first: 'apt' } }],
  ],
});
