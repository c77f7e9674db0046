import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS028', {
  path: 'site.yml',
  fires: [
    // the finding marks `state=latest` in a key=value string
    [play('    - name: Nginx\n      apt: name=nginx state=latest\n'), ['ANS028@4:23-4:35']],
    [play('    - name: Flask\n      ansible.builtin.pip:\n        name: flask\n        state: latest\n'), ['ANS028@6:16-6:22']],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: Tools\n  community.general.npm:\n    name: pm2\n    global: true\n    state: latest\n' }, ['ANS028@5']],
  ],
  quiet: [
    play("    - name: Everything\n      yum: name='*' state=latest\n"),
    play('    - name: Upgrade\n      apt:\n        name: openssl\n        state: latest\n        only_upgrade: true\n'),
    play('    - name: Nginx\n      apt:\n        name: nginx\n        state: present\n'),
    play('    - name: Copy\n      copy:\n        src: a\n        dest: /a\n      vars:\n        state: latest\n'),
  ],
});
