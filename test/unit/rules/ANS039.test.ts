import { ruleSpec } from './spec';

const play = (args: string) => `- hosts: all\n  tasks:\n    - name: Put the file\n      ansible.builtin.copy:\n        src: a.conf\n        dest: /etc/a.conf\n${args}`;

ruleSpec('ANS039', {
  path: 'site.yml',
  fires: [
    [play('        mode: 0644\n'), ['ANS039@7:15-7:19']],
    [play('        mode: 0755\n        directory_mode: 0700\n'), ['ANS039@7:15-7:19', 'ANS039@8:25-8:29']],
    [{ path: 'roles/web/tasks/main.yml', text: '- name: Key\n  template:\n    src: k.j2\n    dest: /etc/k\n  args:\n    mode: 0600\n' }, ['ANS039@6']],
  ],
  quiet: [
    play('        mode: "0644"\n'),
    play('        mode: 644\n'),
    play('        mode: u=rw,g=r,o=r\n'),
    play('        mode: 00\n'),
    '- hosts: all\n  tasks:\n    - name: Put the file\n      copy: src=a.conf dest=/etc/a.conf mode=0644\n',
    '- hosts: all\n  vars:\n    mode: 0644\n  tasks:\n    - name: A\n      ping:\n',
  ],
  fixes: [
    [play('        mode: 0755\n'), 7, play('        mode: "0755"\n')],
    [play('        directory_mode: 01777\n'), 7, play('        directory_mode: "01777"\n')],
  ],
  preferredFix: true,
  details: [
    [play('        mode: 0755\n'), 7, { args: { value: '0755', decimal: '493', asDecimal: '755', meant: 'rwxr-xr-x', to: '"0755"' }, variant: undefined }],
  ],
});
