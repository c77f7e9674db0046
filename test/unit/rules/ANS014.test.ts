import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS014', {
  path: P,
  fires: [
    [play('    - debug: msg={{ item }}\n      with_items: [a]\n      loop: [b]\n'), ['ANS014@6:7-6:11']],
    [play('    - debug: msg=x\n      loop: [a]\n      with_dict: {}\n'), ['ANS014@6']],
    [{ path: 'roles/web/tasks/main.yml', text: '- debug: msg=x\n  with_items: [a]\n  with_fileglob: ["*"]\n' }, ['ANS014@3']],
  ],
  quiet: [
    play('    - debug: msg=x\n      loop: [a, b]\n'),
    play('    - debug: msg=x\n      with_items: [a]\n      loop_control:\n        label: x\n'),
    play('    - block:\n        - debug: msg=x\n          loop: [a]\n        - debug: msg=y\n          with_items: [b]\n'),
  ],
  details: [
    [play('    - debug: msg=x\n      with_items: [a]\n      loop: [b]\n'), 6, { args: { key: 'loop', first: 'with_items' } }],
  ],
});
