import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS012', {
  path: P,
  fires: [
    [play('    - name: svc\n      service:\n        name: nginx\n'), ['ANS012@5:7-5:14']],
    [play('    - service: name=nginx\n'), ['ANS012@4']],
    [play('    - apt:\n        state: present\n'), ['ANS012@4']],
  ],
  quiet: [
    play('    - service:\n        name: nginx\n        enabled: yes\n'),
    play('    - service:\n        name: nginx\n      args: "{{ svc }}"\n'),
    play('    - apt: name=git\n    - apt:\n        update_cache: yes\n'),
  ],
  details: [
    [play('    - service: name=nginx\n'), 4, { args: { module: 'service', options: 'state, enabled' } }],
  ],
});
