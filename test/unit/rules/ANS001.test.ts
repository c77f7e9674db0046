import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS001', {
  path: P,
  fires: [
    // the notes' handler section written as `handler:` at play level
    ['- hosts: all\n  handler:\n    - name: Restart Nginx\n      service: name=nginx state=restarted\n', ['ANS001@2:3-2:10']],
    [play('    - name: run\n      command: ls\n      resister: out\n      untill: out.rc == 0\n      dealay: 3\n'), ['ANS001@6:7-6:15', 'ANS001@7', 'ANS001@8']],
    ['- hosts: all\n  notify: x\n  tasks:\n    - name: a\n      debug: msg=1\n      hosts: web\n', ['ANS001@2', 'ANS001@6']],
    [play('    - name: l\n      debug: msg=1\n      listen: restart\n    - block:\n        - debug: msg=1\n      register: r\n'), ['ANS001@6', 'ANS001@9']],
    [play('    - name: a\n      apt: name=git\n      frobnicate: yes\n'), ['ANS001@6']],
  ],
  quiet: [
    play('    - name: a\n      command: ls\n      register: out\n      until: out.rc == 0\n      retries: 3\n      delay: 2\n'),
    '- hosts: all\n  handlers:\n    - name: restart\n      service: name=nginx state=restarted\n      listen: web\n',
    // a module of a collection we do not know, one or two letters from a keyword, is not a typo
    play('    - name: selinux port\n      seport:\n        ports: 2849\n'),
    '- import_playbook: other.yml\n  when: x\n',
    { path: 'roles/web/handlers/main.yml', text: '- name: restart\n  service: name=nginx state=restarted\n  listen: web\n' },
  ],
  fixes: [
    ['- hosts: all\n  handler:\n    - name: r\n      debug: msg=1\n', 2, '- hosts: all\n  handlers:\n    - name: r\n      debug: msg=1\n'],
    [play('    - name: run\n      command: ls\n      resister: out\n'), 6, play('    - name: run\n      command: ls\n      register: out\n')],
  ],
  details: [
    ['- hosts: all\n  handler: []\n', 2, { args: { key: 'handler', where: 'play', suggestion: 'handlers' }, variant: 'suggest' }],
    ['- hosts: all\n  notify: x\n', 2, { args: { key: 'notify' }, variant: 'wrongLevel' }],
    [play('    - debug: msg=1\n      listen: x\n'), 5, { variant: 'listen' }],
    [play('    - apt: name=git\n      frobnicate: yes\n'), 5, { args: { module: 'apt' }, variant: 'notKeyword' }],
  ],
});
