import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS034', {
  path: 'site.yml',
  fires: [
    [play('    - name: Git\n      apt:\n        name: git\n'), ['ANS034@4:7-4:10']],
    [play('    - name: More\n      include_tasks: more.yml\n    - name: Show\n      debug:\n        msg: hi\n'), ['ANS034@4', 'ANS034@6']],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: Fact\n  set_fact:\n    a: 1\n' }, ['ANS034@2']],
    ['- import_playbook: db.yml\n- import_playbook: web.yml\n', ['ANS034@1:3-1:18', 'ANS034@2']],
  ],
  quiet: [
    play('    - name: Git\n      ansible.builtin.apt:\n        name: git\n'),
    play('    - name: Ufw\n      community.general.ufw:\n        state: enabled\n'),
    play('    - name: Mine\n      my_custom_module:\n        a: 1\n'),
    play('    - name: Old\n      action: ping\n'),
    '- ansible.builtin.import_playbook: db.yml\n',
  ],
  fixes: [
    [play('    - name: Git\n      apt:\n        name: git\n'), 4, play('    - name: Git\n      ansible.builtin.apt:\n        name: git\n')],
    [play('    - name: More\n      include_tasks: more.yml\n'), 4, play('    - name: More\n      ansible.builtin.include_tasks: more.yml\n')],
  ],
  preferredFix: true,
  details: [[play('    - name: Git\n      apt:\n        name: git\n'), 4, { args: { module: 'apt', to: 'ansible.builtin.apt' } }]],
});
