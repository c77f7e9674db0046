import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS021', {
  path: 'site.yml',
  fires: [
    [play('    - name: Install nginx\n      command: apt-get install -y nginx\n'), ['ANS021@4:16-4:40']],
    [play('    - name: Get the app\n      shell: cd /srv && git clone https://example.com/app.git\n      args:\n        creates: /srv/app\n'), ['ANS021@4']],
    [play('    - name: Restart\n      command: sudo systemctl restart nginx\n    - name: Folder\n      shell: mkdir -p /opt/app\n'), ['ANS021@4', 'ANS021@6']],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: Fetch\n  ansible.builtin.command:\n    cmd: wget https://example.com/a.tgz\n' }, ['ANS021@3']],
  ],
  quiet: [
    play('    - name: Status\n      command: git status\n'),
    play('    - name: Clean logs\n      shell: rm -rf /tmp/*.log\n'),
    play('    - name: Is it up\n      command: systemctl status nginx\n'),
    play('    - name: Build\n      command: /usr/bin/make\n'),
    play('    - name: List cron\n      command: crontab -l\n'),
    play('    - name: Install\n      apt:\n        name: git\n'),
  ],
  details: [
    [play('    - name: Install nginx\n      command: apt-get install -y nginx\n'), 4, { args: { module: 'ansible.builtin.apt', command: 'apt-get install', via: 'command' } }],
    [play('    - name: Get\n      shell: cd /srv && git clone https://example.com/app.git\n'), 4, { args: { module: 'ansible.builtin.git', command: 'git clone' } }],
    [play('    - name: Folder\n      shell: mkdir -p /opt/app\n'), 4, { args: { module: 'ansible.builtin.file', command: 'mkdir' } }],
    [play('    - name: Edit\n      command: sed -i s/a/b/ /etc/x.conf\n'), 4, { args: { module: 'ansible.builtin.lineinfile' } }],
    [play('    - name: Unpack\n      command: tar -xzf /tmp/a.tgz -C /opt\n'), 4, { args: { module: 'ansible.builtin.unarchive' } }],
  ],
});
