import { loose, ruleSpec } from './spec';

const P = 'site.yml';

ruleSpec('ANS054', {
  path: P,
  fires: [
    [{ files: { [P]: '- hosts: all\n  vars_files:\n    - vars.yml\n    - secrets.yml\n', 'vars.yml': 'a: 1\n' } }, ['ANS054@4:7-4:18']],
    [{ files: { [P]: '- import_playbook: db.yml\n- hosts: all\n  tasks:\n    - include_tasks: tasks/setup.yml\n    - import_tasks:\n        file: tasks/other.yml\n' } }, ['ANS054@1:20-1:26', 'ANS054@4:22-4:37', 'ANS054@6']],
    [{ files: { [P]: '- hosts: all\n  tasks:\n    - include_vars: file=vars/{{ env }}.yml\n    - include_vars: file=vars/main.yml name=cfg\n' } }, ['ANS054@4:26-4:39']],
    // in a role: the role's tasks/ folder is where Ansible looks
    [{ files: { 'roles/web/tasks/main.yml': '- import_tasks: install.yml\n- import_tasks: configure.yml\n', 'roles/web/tasks/install.yml': '- apt: name=x\n' }, path: 'roles/web/tasks/main.yml' }, ['ANS054@2']],
    // a first-found list where none is there
    [{ files: { [P]: '- hosts: all\n  vars_files:\n    - [a.yml, b.yml]\n' } }, ['ANS054@3']],
  ],
  quiet: [
    { files: { [P]: '- hosts: all\n  vars_files:\n    - vars/main.yml\n  tasks:\n    - include_tasks: tasks/a.yml\n', 'vars/main.yml': 'a: 1\n', 'tasks/a.yml': '- apt: name=x\n' } },
    // a task file under tasks/ naming a path from the playbook folder above it
    { files: { 'tasks/a.yml': '- include_vars: vars/main.yml\n', 'vars/main.yml': 'a: 1\n' }, path: 'tasks/a.yml' },
    // Jinja; a first-found list with one present
    { files: { [P]: '- hosts: all\n  vars_files:\n    - "vars/{{ ansible_os_family }}.yml"\n    - [missing.yml, there.yml]\n', 'there.yml': 'a: 1\n' } },
    // a path outside the workspace
    { files: { [P]: '- import_playbook: ../../../elsewhere/site.yml\n' } },
    loose('- hosts: all\n  vars_files:\n    - secrets.yml\n', P),
  ],
  details: [[{ files: { [P]: '- hosts: all\n  tasks:\n    - import_tasks: nope.yml\n' } }, 3, { args: { key: 'import_tasks', path: 'nope.yml' } }]],
});
