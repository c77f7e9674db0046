import { ruleSpec } from './spec';

const play = (args: string) => `- hosts: all\n  tasks:\n    - name: Put the file\n      ansible.builtin.copy:\n        src: a.conf\n        dest: /etc/a.conf\n${args}`;

ruleSpec('ANS038', {
  path: 'site.yml',
  fires: [
    // Decimal 644 is octal 1204.
    [play('        mode: 644\n'), ['ANS038@7:15-7:18']],
    // Both permission options of copy (the leading-zero one is ANS039's).
    [play('        mode: 0755\n        directory_mode: 755\n'), ['ANS038@8:25-8:28']],
    // A tasks file, options under `args:`, and the file module written short.
    [{ path: 'roles/web/tasks/main.yml', text: '- name: Key\n  template:\n    src: k.j2\n    dest: /etc/k\n  args:\n    mode: 600\n- name: Dir\n  file:\n    path: /srv\n    state: directory\n    mode: 4755\n' }, ['ANS038@6', 'ANS038@11']],
    // Digits 8/9: not an octal mode at all.
    [play('        mode: 800\n'), ['ANS038@7']],
  ],
  quiet: [
    play('        mode: "0644"\n'),
    play('        mode: 0644\n'),
    play("        mode: '644'\n"),
    play('        mode: u=rw,g=r,o=r\n'),
    play('        mode: preserve\n'),
    play('        mode: "{{ conf_mode }}"\n'),
    // 0–7 mean the same in decimal and octal.
    play('        mode: 0\n'),
    // key=value: Ansible receives the string "644" and reads it as octal, which is right.
    '- hosts: all\n  tasks:\n    - name: Put the file\n      copy: src=a.conf dest=/etc/a.conf mode=644\n',
    // Not a permission: synchronize's `mode` is push/pull; an unknown module; a play variable named mode.
    '- hosts: all\n  tasks:\n    - name: Sync\n      synchronize:\n        src: a/\n        dest: /b\n        mode: 644\n',
    '- hosts: all\n  tasks:\n    - name: Custom\n      my_module:\n        mode: 644\n',
    '- hosts: all\n  vars:\n    mode: 644\n  tasks:\n    - name: A\n      ping:\n',
  ],
  fixes: [
    [play('        mode: 644\n'), 7, play('        mode: "0644"\n')],
    [play('        owner: root\n        directory_mode: 1777\n'), 8, play('        owner: root\n        directory_mode: "01777"\n')],
  ],
  preferredFix: true,
  details: [
    [play('        mode: 644\n'), 7, { args: { key: 'mode', value: '644', octal: '1204', perms: '-w----r-T', bits: 'sticky', meant: 'rw-r--r--', to: '"0644"' }, variant: 'special' }],
    [play('        mode: 440\n'), 7, { args: { octal: '670', perms: 'rw-rwx---', meant: 'r--r-----', bits: '' }, variant: undefined }],
    [play('        mode: 4755\n'), 7, { args: { octal: '11223', low: '1223', perms: '-w--w--wt', meant: 'rwsr-xr-x' }, variant: 'tooLarge' }],
    [play('        mode: 800\n'), 7, { args: { octal: '1440', perms: 'r--r----T', bits: 'sticky' }, variant: 'notOctal' }],
  ],
});
