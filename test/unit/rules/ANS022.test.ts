import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS022', {
  path: 'site.yml',
  fires: [
    [play('    - name: Say hello\n      shell: echo hello\n'), ['ANS022@4:7-4:12']],
    // a Jinja filter's `|` is not a shell pipe
    [play('    - name: Backup\n      ansible.builtin.shell: "/usr/local/bin/backup.sh {{ target | default(\'all\') }}"\n'), ['ANS022@4']],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: Who\n  shell:\n    cmd: whoami\n' }, ['ANS022@2']],
  ],
  quiet: [
    play('    - name: Grep\n      shell: cat /etc/hosts | grep web\n'),
    play('    - name: Home\n      shell: echo $HOME\n'),
    play('    - name: Logs\n      shell: ls *.log\n'),
    play('    - name: Build\n      shell: cd /srv && make\n'),
    play('    - name: Bash\n      shell: echo hi\n      args:\n        executable: /bin/bash\n'),
    play('    - name: Cmd\n      command: echo hello\n'),
  ],
  fixes: [
    [play('    - name: Say hello\n      shell: echo hello\n'), 4, play('    - name: Say hello\n      command: echo hello\n')],
    [play('    - name: Backup\n      ansible.builtin.shell: /usr/local/bin/backup.sh\n'), 4, play('    - name: Backup\n      ansible.builtin.command: /usr/local/bin/backup.sh\n')],
  ],
  preferredFix: true,
});
