import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS008', {
  path: P,
  fires: [
    [play('    - apt:\n        name: git\n        state: installed\n'), ['ANS008@6:16-6:25']],
    [play('    - service: name=nginx state=start\n'), ['ANS008@4']],
    [play('    - group:\n        name: x\n        state: presnt\n'), ['ANS008@6']],
  ],
  quiet: [
    play('    - apt:\n        name: git\n        state: present\n        upgrade: yes\n'),
    play('    - service:\n        name: nginx\n        state: "{{ wanted }}"\n'),
    play('    - service: name=nginx state=restarted\n'),
  ],
  details: [
    [play('    - service: name=nginx state=start\n'), 4, { args: { option: 'state', value: 'start', choices: 'reloaded, restarted, started, stopped' } }],
  ],
});
