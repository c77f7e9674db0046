import { loose, ruleSpec } from './spec';

const P = 'site.yml';
const WEB = { 'roles/web/tasks/main.yml': '- apt: name=web\n' };

ruleSpec('ANS053', {
  path: P,
  fires: [
    [{ files: { [P]: '- hosts: all\n  roles:\n    - webb\n', ...WEB } }, ['ANS053@3:7-3:11']],
    [{ files: { [P]: '- hosts: all\n  roles:\n    - role: database\n      db_port: 5432\n' } }, ['ANS053@3:13-3:21']],
    [{ files: { [P]: '- hosts: all\n  tasks:\n    - include_role:\n        name: common\n    - import_role: name=monitor\n' } }, ['ANS053@4', 'ANS053@5:25-5:32']],
    // a role that includes a sibling role that is not there
    [{ files: { 'roles/web/tasks/main.yml': '- include_role:\n    name: base\n' }, path: 'roles/web/tasks/main.yml' }, ['ANS053@2']],
  ],
  quiet: [
    { files: { [P]: '- hosts: all\n  roles:\n    - web\n    - { role: web }\n', ...WEB } },
    // Galaxy and collection roles, Jinja
    { files: { [P]: '- hosts: all\n  roles:\n    - geerlingguy.nginx\n    - community.general.thing\n    - "{{ role_name_var }}"\n' } },
    // listed in requirements.yml (installed by ansible-galaxy)
    { files: { [P]: '- hosts: all\n  roles:\n    - nodejs\n', 'requirements.yml': '- src: https://github.com/x/ansible-role-nodejs\n  name: nodejs\n' } },
    // roles_path of an ansible.cfg
    { files: { [P]: '- hosts: all\n  roles:\n    - web\n', 'ansible.cfg': '[defaults]\nroles_path = ./shared/roles\n', 'shared/roles/web/tasks/main.yml': '- apt: name=x\n' } },
    // a role's own test playbook
    { files: { 'roles/web/tests/test.yml': '- hosts: localhost\n  roles:\n    - web\n', ...WEB }, path: 'roles/web/tests/test.yml' },
    loose('- hosts: all\n  roles:\n    - webb\n', P),
  ],
  fixes: [[{ files: { [P]: '- hosts: all\n  roles:\n    - webb\n', ...WEB } }, 3, '- hosts: all\n  roles:\n    - web\n']],
  details: [
    [{ files: { [P]: '- hosts: all\n  roles:\n    - webb\n', ...WEB } }, 3, { variant: 'suggest', args: { name: 'webb', suggestion: 'web' } }],
    [{ files: { [P]: '- hosts: all\n  roles:\n    - database\n' } }, 3, { variant: undefined, args: { name: 'database' } }],
  ],
});
