import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS024', {
  path: 'site.yml',
  fires: [
    [play('    - name: Ping\n      local_action: command echo hi\n'), ['ANS024@4:7-4:19']],
    [play('    - name: Wait\n      local_action:\n        module: wait_for\n        port: 22\n      become: false\n'), ['ANS024@4']],
    [play('    - name: Both\n      local_action: ping\n      delegate_to: web1\n'), ['ANS024@4']],
  ],
  quiet: [
    play('    - name: Ping\n      command: echo hi\n      delegate_to: localhost\n'),
    play('    - name: Action\n      action: ping\n'),
    play('    - name: Var\n      debug:\n        msg: hi\n      vars:\n        local_action: 1\n'),
  ],
  fixes: [
    [play('    - name: Ping\n      local_action: command echo hi\n'), 4, play('    - name: Ping\n      command: echo hi\n      delegate_to: localhost\n')],
    [play('    - name: Wait\n      local_action:\n        module: wait_for\n        port: 22\n      become: false\n'), 4, play('    - name: Wait\n      wait_for:\n        port: 22\n      delegate_to: localhost\n      become: false\n')],
    [play('    - name: Copy\n      local_action: "copy src=a dest=/tmp/a"  # local copy\n'), 4, play('    - name: Copy\n      copy: src=a dest=/tmp/a  # local copy\n      delegate_to: localhost\n')],
  ],
  preferredFix: true,
});
