import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS020', {
  path: 'site.yml',
  fires: [
    // the finding marks the module key
    [play('    - name: Run the setup script\n      command: /opt/setup.sh\n'), ['ANS020@4:7-4:14']],
    // args: without creates/removes does not count; a task file
    [{ path: 'roles/app/tasks/main.yml', text: '- name: Build\n  ansible.builtin.shell: make\n  args:\n    chdir: /src\n' }, ['ANS020@2']],
    // raw, and a command inside a block
    [play('    - name: Date\n      raw: date\n    - block:\n        - name: Migrate\n          command: ./manage.py migrate\n'), ['ANS020@4', 'ANS020@7']],
  ],
  quiet: [
    play('    - name: Read the version\n      command: nginx -v\n      register: v\n      changed_when: false\n'),
    play('    - name: Run once\n      command: /opt/setup.sh creates=/opt/.done\n'),
    play('    - name: Unpack\n      shell: tar xf /tmp/a.tar\n      args:\n        removes: /tmp/a.tar\n'),
    { path: 'roles/app/handlers/main.yml', text: '- name: Reload app\n  command: systemctl reload app\n' },
    play('    - name: Install git\n      apt:\n        name: git\n'),
  ],
  details: [[play('    - name: Run\n      ansible.builtin.command: /opt/x\n'), 4, { args: { module: 'ansible.builtin.command' } }]],
});
