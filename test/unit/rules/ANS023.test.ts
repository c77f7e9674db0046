import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS023', {
  path: 'site.yml',
  fires: [
    [play('    - name: Root entry\n      shell: cat /etc/passwd | grep root\n'), ['ANS023@4:7-4:12']],
    [play('    - name: Fetch\n      ansible.builtin.shell: "curl -s {{ url }} | tar xz -C /opt"\n'), ['ANS023@4']],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: Count\n  shell: |\n    cd /var/log\n    ls | wc -l\n' }, ['ANS023@2']],
  ],
  quiet: [
    play('    - name: Safe\n      shell: set -o pipefail && cat /etc/passwd | grep root\n      args:\n        executable: /bin/bash\n'),
    play('    - name: Or\n      shell: test -f /x || touch /x\n'),
    play("    - name: Quoted\n      shell: grep -E 'a|b' /etc/hosts\n"),
    play("    - name: Filter\n      shell: echo {{ x | default('a') }} > /tmp/x\n"),
    play('    - name: Ignored\n      shell: ps aux | grep nginx\n      ignore_errors: true\n'),
    play('    - name: Command\n      command: echo a | b\n'),
  ],
});
