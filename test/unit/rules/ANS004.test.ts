import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS004', {
  path: P,
  fires: [
    [play('    - aptt: name=git\n'), ['ANS004@4:7-4:11']],
    [play('    - name: svc\n      servce:\n        name: nginx\n'), ['ANS004@5']],
    [play('    - name: t\n      templat: src=a dest=b\n    - debugg: msg=x\n'), ['ANS004@5', 'ANS004@6']],
  ],
  quiet: [
    play('    - apt: name=git\n    - service: name=nginx state=started\n'),
    // modules of collections we do not know, and real modules a letter away from ones we know
    play('    - frobnicate: {}\n    - my.collection.thing: {}\n    - apk: name=git\n    - npm: name=x\n'),
    play('    - community.general.ufw: rule=allow\n'),
  ],
  fixes: [
    [play('    - aptt: name=git\n'), 4, play('    - apt: name=git\n')],
  ],
  details: [
    [play('    - servce: name=x\n'), 4, { args: { module: 'servce', suggestion: 'service' } }],
  ],
});
