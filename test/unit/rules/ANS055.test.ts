import { loose, ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS055', {
  path: P,
  fires: [
    [{ files: { [P]: play('    - template: src=nginx.conf.j2 dest=/etc/nginx/nginx.conf\n') } }, ['ANS055@3:21-3:34']],
    [{ files: { [P]: play('    - copy:\n        src: files/index.html\n        dest: /var/www/index.html\n') } }, ['ANS055@4:14-4:30']],
    [{ files: { [P]: play('    - script: scripts/setup.sh --fast\n') } }, ['ANS055@3:15-3:31']],
    // a role's file: looked for in the role's files/
    [{ files: { 'roles/web/tasks/main.yml': '- copy: src=app.conf dest=/etc/app.conf\n', 'roles/web/files/other.conf': 'x\n' }, path: 'roles/web/tasks/main.yml' }, ['ANS055@1']],
  ],
  quiet: [
    { files: { [P]: play('    - template: src=nginx.conf.j2 dest=/etc/nginx.conf\n    - copy: src=index.html dest=/var/www/\n'), 'templates/nginx.conf.j2': 'x\n', 'files/index.html': 'x\n' } },
    // remote_src, content, Jinja
    { files: { [P]: play('    - copy: src=/etc/hosts dest=/tmp/hosts remote_src=yes\n    - copy:\n        content: hi\n        dest: /tmp/x\n    - template: src="{{ item }}.j2" dest=/etc/x\n') } },
    // a role's templates/; a folder to copy
    { files: { 'roles/web/tasks/main.yml': '- template: src=site.j2 dest=/etc/site\n- copy: src=app/ dest=/srv/app/\n', 'roles/web/templates/site.j2': 'x\n', 'roles/web/files/app/a.js': 'x\n' }, path: 'roles/web/tasks/main.yml' },
    // a task file in tasks/ sending the playbook folder's template
    { files: { 'tasks/web.yml': '- template: src=templates/site.j2 dest=/etc/site\n', 'templates/site.j2': 'x\n' }, path: 'tasks/web.yml' },
    loose(play('    - template: src=nginx.conf.j2 dest=/etc/nginx/nginx.conf\n'), P),
  ],
  details: [[{ files: { [P]: play('    - script: scripts/setup.sh --fast\n') } }, 3, { args: { module: 'script', path: 'scripts/setup.sh' } }]],
});
