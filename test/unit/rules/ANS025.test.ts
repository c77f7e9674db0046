import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS025', {
  path: 'site.yml',
  fires: [
    // the finding marks the comparison
    [play('    - name: Restart\n      debug:\n        msg: hi\n      when: app_updated.changed == true\n'), ['ANS025@6:33-6:40']],
    [play('    - name: Check\n      command: /bin/check\n      changed_when: false\n      failed_when: "result.rc != False"\n'), ['ANS025@6']],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: Create\n  debug:\n    msg: x\n  when:\n    - enabled\n    - stat_result.stat.exists == false\n' }, ['ANS025@6']],
  ],
  quiet: [
    play('    - name: A\n      debug:\n        msg: hi\n      when: flag is sameas true\n'),
    play("    - name: A\n      debug:\n        msg: hi\n      when: \"answer == 'true'\"\n"),
    play('    - name: A\n      debug:\n        msg: hi\n      when: not flag\n'),
    play('    - name: A\n      command: x\n      changed_when: false\n'),
  ],
  details: [
    [play('    - name: A\n      debug:\n        msg: hi\n      when: x == true\n'), 6, { args: { key: 'when', compare: '== true' }, variant: undefined }],
    [play('    - name: A\n      debug:\n        msg: hi\n      when: x == False\n'), 6, { args: { compare: '== False' }, variant: 'negate' }],
  ],
});
