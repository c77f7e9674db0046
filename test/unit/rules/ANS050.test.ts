import { loose, ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string, handlers = '') => `- hosts: web\n  tasks:\n${tasks}${handlers}`;
const NOTIFY = '    - name: Install nginx\n      apt: name=nginx\n      notify: Start Nginx\n';
// The notes' example: the task notifies `Start Nginx`, the handler is `Restart Nginx` under a misspelled `handler:`.
const NOTES = play(NOTIFY, '  handler:\n    - name: Restart Nginx\n      service: name=nginx state=started\n');
const TYPO = play('    - apt: name=nginx\n      notify:\n        - restart nginx\n        - reload nginx\n', '  handlers:\n    - name: restart nginx\n      service: name=nginx state=restarted\n');

ruleSpec('ANS050', {
  path: P,
  fires: [
    [{ files: { [P]: NOTES } }, ['ANS050@5:15-5:26']],
    // the second item of a list; a quoted name
    [{ files: { [P]: TYPO } }, ['ANS050@6:11-6:23']],
    [{ files: { [P]: play('    - apt: name=git\n      notify: "Restart Apache"\n', '  handlers:\n    - name: restart apache\n      service: name=httpd state=restarted\n') } }, ['ANS050@4:15-4:31']],
    // no handler at all; a loose playbook is complete in itself
    [loose(play(NOTIFY), P), ['ANS050@5']],
    // a role task: no handler of that name anywhere in the workspace
    [{ files: { 'roles/web/tasks/main.yml': '- copy: src=a dest=/b\n  notify: relaod web\n', 'roles/web/handlers/main.yml': '- name: reload web\n  service: name=web state=reloaded\n', 'roles/web/files/a': 'x\n' }, path: 'roles/web/tasks/main.yml' }, ['ANS050@2:11-2:21']],
  ],
  quiet: [
    { files: { [P]: play(NOTIFY, '  handlers:\n    - name: Start Nginx\n      service: name=nginx state=started\n') } },
    // a `listen` topic; Jinja; `role : handler`
    { files: { [P]: play(NOTIFY, '  handlers:\n    - name: restart\n      listen: Start Nginx\n      service: name=nginx state=restarted\n') } },
    { files: { [P]: play('    - apt: name=x\n      notify: "{{ handler_name }}"\n') } },
    // the role the play uses has the handler
    { files: { [P]: '- hosts: web\n  roles: [web]\n  tasks:\n    - apt: name=x\n      notify: reload web\n', 'roles/web/handlers/main.yml': '- name: reload web\n  service: name=web state=reloaded\n' } },
    // a role that is not in the workspace (Galaxy) may hold it
    { files: { [P]: '- hosts: web\n  roles: [geerlingguy.nginx]\n  tasks:\n    - apt: name=x\n      notify: restart nginx\n' } },
    // handlers imported from a file
    { files: { [P]: play(NOTIFY, '  handlers:\n    - import_tasks: handlers/main.yml\n'), 'handlers/main.yml': '- name: Start Nginx\n  service: name=nginx state=started\n' } },
    // a task file outside a workspace: its play is unknown
    loose('- apt: name=x\n  notify: whatever\n', 'tasks/main.yml'),
  ],
  fixes: [[{ files: { [P]: TYPO } }, 6, TYPO.replace('- reload nginx', '- restart nginx')]],
  details: [
    [{ files: { [P]: NOTES } }, 5, { variant: 'straySection', args: { name: 'Start Nginx', handler: 'Restart Nginx', section: 'handler' } }],
    [{ files: { [P]: TYPO } }, 6, { variant: 'suggest', args: { suggestion: 'restart nginx' } }],
  ],
});
