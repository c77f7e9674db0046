import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

// The notes' loop example: the group module with `status` for `state`.
const NOTES_GROUP = play('    - group:\n        name: "{{item}}"\n        status: "present"\n      with_items:\n        - backend\n        - frontend\n');

ruleSpec('ANS007', {
  path: P,
  fires: [
    [NOTES_GROUP, ['ANS007@6:9-6:15']],
    [play('    - apt: name=git stat=present\n'), ['ANS007@4:21-4:25']],
    [play('    - service:\n        name: nginx\n        state: started\n        enable: yes\n'), ['ANS007@7']],
    [play('    - copy:\n        src: a\n        dest: b\n      args:\n        moed: "0644"\n'), ['ANS007@8']],
  ],
  quiet: [
    play('    - group:\n        name: devops\n        state: present\n'),
    // aliases, the free form of command, options given by Jinja
    play('    - apt:\n        pkg: git\n        update-cache: yes\n    - command: ls -l creates=/tmp/x\n    - copy: "{{ copy_args }}"\n'),
    play('    - debug:\n        msg: hi\n        verbosity: 1\n'),
  ],
  fixes: [
    [NOTES_GROUP, 6, NOTES_GROUP.replace('status:', 'state:')],
  ],
  details: [
    [NOTES_GROUP, 6, { args: { option: 'status', module: 'group', suggestion: 'state' }, variant: 'suggest' }],
  ],
});
