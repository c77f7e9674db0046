import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS011', {
  path: P,
  fires: [
    [play('    - command:\n        cmd: ls\n        argv: [ls]\n'), ['ANS011@6:9-6:13']],
    [play('    - apt:\n        deb: /tmp/x.deb\n        upgrade: dist\n'), ['ANS011@6']],
    [play('    - apt: name=git upgrade=dist\n'), ['ANS011@4']],
  ],
  quiet: [
    play('    - command:\n        argv: [ls, -l]\n'),
    play('    - apt:\n        upgrade: dist\n        update_cache: yes\n'),
    play('    - apt:\n        name: git\n        state: present\n'),
  ],
  details: [
    [play('    - command:\n        cmd: ls\n        argv: [ls]\n'), 6, { args: { module: 'command', options: 'cmd, argv' } }],
  ],
});
