import { ruleSpec } from './spec';

const P = 'site.yml';
const reg = '    - git: repo=x dest=/srv/app\n      register: app_updated\n';
const play = (tasks: string) => `- hosts: web\n  tasks:\n${tasks}`;

ruleSpec('ANS052', {
  path: P,
  fires: [
    [play(`${reg}    - command: forever stopall\n      when: app_updated.changed\n`), ['ANS052@6:13-6:32']],
    [play(`${reg}    - command: npm install\n      when: app_updated is changed\n`), ['ANS052@6']],
    [play(`${reg}    - command: npm test\n      when:\n        - "app_updated | changed"\n`), ['ANS052@7']],
    // the corpus' forms (ansible-lint's no-handler reports them too)
    [play(`${reg}    - command: bundle install\n      when: app_updated.changed == true\n`), ['ANS052@6']],
    [play(`${reg}    - file: path=/srv owner=www-data\n      when: app_updated.changed | bool\n`), ['ANS052@6']],
    // a task file
    [{ text: '- copy: src=a dest=/b\n  register: conf\n- service: name=x state=restarted\n  when: conf.changed\n', path: 'tasks/main.yml' }, ['ANS052@4']],
  ],
  quiet: [
    // more than one condition; negated; not registered before in this list
    play(`${reg}    - command: x\n      when: app_updated.changed and deploy\n`),
    play(`${reg}    - command: x\n      when: not app_updated.changed\n`),
    play('    - command: x\n      when: other.changed\n'),
    play(`${reg}    - command: x\n      when: app_updated.rc == 0\n`),
    play(`${reg}    - command: x\n      when: app_updated.changed == false\n`),
    '- hosts: web\n  tasks:\n    - command: x\n      register: r\n  handlers:\n    - name: h\n      command: y\n      when: r.changed\n',
  ],
  details: [[play(`${reg}    - command: x\n      when: app_updated.changed\n`), 6, { args: { register: 'app_updated' } }]],
});
