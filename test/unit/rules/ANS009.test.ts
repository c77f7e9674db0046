import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS009', {
  path: P,
  fires: [
    [play('    - apt:\n        name: git\n        update_cache: always\n'), ['ANS009@6:23-6:29']],
    [play('    - service: name=nginx enabled=maybe\n'), ['ANS009@4']],
    [play('    - apt:\n        name: git\n        autoremove: 2\n'), ['ANS009@6']],
  ],
  quiet: [
    play('    - apt:\n        name: git\n        update_cache: yes\n        autoremove: false\n'),
    play('    - service: name=nginx enabled=True state=started\n    - apt: name=git update_cache=1\n'),
    play('    - apt:\n        name: git\n        update_cache: "{{ refresh }}"\n'),
  ],
  details: [
    [play('    - service: name=nginx enabled=maybe\n'), 4, { args: { option: 'enabled', value: 'maybe' } }],
  ],
});
