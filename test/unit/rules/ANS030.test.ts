import { ruleSpec } from './spec';

const play = (tasks: string) => `- name: Web servers\n  hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS030', {
  path: 'site.yml',
  fires: [
    [play('    - name: install nginx\n      apt:\n        name: nginx\n'), ['ANS030@4:13-4:26']],
    ['- name: web servers\n  hosts: all\n  tasks:\n    - name: Ping\n      ping:\n', ['ANS030@1']],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: "copy the config"\n  copy:\n    src: a\n    dest: /a\n' }, ['ANS030@1']],
  ],
  quiet: [
    play('    - name: 엔진엑스 설치\n      apt:\n        name: nginx\n'),
    play('    - name: "{{ item }} is set"\n      debug:\n        msg: x\n'),
    '- name: Web\n  hosts: all\n  handlers:\n    - name: restart nginx\n      service:\n        name: nginx\n        state: restarted\n',
    { path: 'roles/x/handlers/main.yml', text: '- name: reload app\n  command: x\n' },
    play('    - name: Install nginx\n      apt:\n        name: nginx\n'),
  ],
  fixes: [
    [play('    - name: install nginx\n      apt:\n        name: nginx\n'), 4, play('    - name: Install nginx\n      apt:\n        name: nginx\n')],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: "copy the config"\n  copy:\n    src: a\n    dest: /a\n' }, 1, '- name: "Copy the config"\n  copy:\n    src: a\n    dest: /a\n'],
  ],
  preferredFix: true,
});
