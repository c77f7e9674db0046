import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS003', {
  path: P,
  fires: [
    [play('    - ansible.builtin.aptt:\n        name: git\n'), ['ANS003@4:7-4:27']],
    [play('    - ansible.legacy.servce: name=nginx state=started\n'), ['ANS003@4']],
    [play('    - name: x\n      ansible.builtin.frobnicate: {}\n'), ['ANS003@5']],
  ],
  quiet: [
    play('    - ansible.builtin.apt:\n        name: git\n'),
    play('    - ansible.legacy.command: ls\n    - ansible.builtin.lineinfile: path=/etc/x line=y\n'),
    play('    - community.general.ufw: rule=allow port=22\n'),
  ],
  fixes: [
    [play('    - ansible.builtin.aptt:\n        name: git\n'), 4, play('    - ansible.builtin.apt:\n        name: git\n')],
  ],
  details: [
    [play('    - ansible.builtin.aptt: {}\n'), 4, { args: { suggestion: 'ansible.builtin.apt' }, variant: 'suggest' }],
    [play('    - ansible.builtin.frobnicate: {}\n'), 4, { args: { suggestion: undefined }, variant: undefined }],
  ],
});
