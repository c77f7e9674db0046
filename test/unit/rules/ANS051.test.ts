import { loose, ruleSpec } from './spec';

const P = 'site.yml';
const H = '  handlers:\n    - name: restart nginx\n      service: name=nginx state=restarted\n';

ruleSpec('ANS051', {
  path: P,
  fires: [
    [{ files: { [P]: `- hosts: web\n  tasks:\n    - apt: name=nginx\n${H}` } }, ['ANS051@5:13-5:26']],
    // notified under another name
    [{ files: { [P]: `- hosts: web\n  tasks:\n    - apt: name=nginx\n      notify: reload nginx\n${H}    - name: reload nginx\n      service: name=nginx state=reloaded\n` } }, ['ANS051@6']],
    // a loose playbook with no includes or roles is complete in itself
    [loose(`- hosts: web\n  tasks: []\n${H}`, P), ['ANS051@4']],
    // a role's handler that no file of the workspace notifies
    [{ files: { 'roles/web/handlers/main.yml': '- name: reload web\n  service: name=web state=reloaded\n', 'roles/web/tasks/main.yml': '- apt: name=web\n' }, path: 'roles/web/handlers/main.yml' }, ['ANS051@1:9-1:19']],
  ],
  quiet: [
    { files: { [P]: `- hosts: web\n  tasks:\n    - apt: name=nginx\n      notify: restart nginx\n${H}` } },
    // a listen topic; a Jinja notify may name any handler
    { files: { [P]: '- hosts: web\n  tasks:\n    - apt: name=nginx\n      notify: web changed\n  handlers:\n    - name: restart nginx\n      listen: web changed\n      service: name=nginx state=restarted\n' } },
    { files: { [P]: `- hosts: web\n  tasks:\n    - apt: name=nginx\n      notify: "{{ which }}"\n${H}` } },
    // notified from a role's task file of the workspace
    { files: { [P]: `- hosts: web\n  roles: [web]\n${H}`, 'roles/web/tasks/main.yml': '- apt: name=nginx\n  notify: restart nginx\n' } },
    // a role handler notified from a playbook
    { files: { 'roles/web/handlers/main.yml': '- name: reload web\n  service: name=web state=reloaded\n', [P]: '- hosts: web\n  roles: [web]\n  tasks:\n    - apt: name=x\n      notify: reload web\n' }, path: 'roles/web/handlers/main.yml' },
    // outside a workspace a handlers file cannot know its notifiers
    loose('- name: reload web\n  service: name=web state=reloaded\n', 'roles/web/handlers/main.yml'),
  ],
  details: [[{ files: { [P]: `- hosts: web\n  tasks: []\n${H}` } }, 4, { args: { name: 'restart nginx' } }]],
});
