import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS037', {
  path: 'site.yml',
  fires: [
    [play('    - name: Git\n      apt: name=git state=present\n'), ['ANS037@4:12-4:34']],
    [play('    - name: Nginx\n      ansible.builtin.service: name=nginx enabled=yes\n'), ['ANS037@4']],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: Conf\n  copy: src=a.conf dest=/etc/a.conf mode=0644\n' }, ['ANS037@2']],
  ],
  quiet: [
    play('    - name: Ls\n      command: ls chdir=/tmp\n'),
    play('    - name: Fact\n      set_fact: a=b\n'),
    play('    - name: Git\n      apt:\n        name: git\n'),
    play('    - name: Say\n      debug: msg=hello world\n'),
    play('    - name: Tasks\n      include_tasks: more.yml\n'),
  ],
  fixes: [
    [play('    - name: Git\n      apt: name=git state=present\n'), 4, play('    - name: Git\n      apt:\n        name: git\n        state: present\n')],
    [play('    - name: Nginx\n      ansible.builtin.service: name=nginx enabled=yes\n'), 4, play('    - name: Nginx\n      ansible.builtin.service:\n        name: nginx\n        enabled: true\n')],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: Conf\n  copy: src=a.conf dest=/etc/a.conf mode=0644\n' }, 2, '- name: Conf\n  copy:\n    src: a.conf\n    dest: /etc/a.conf\n    mode: "0644"\n'],
    [play('    - name: Say\n      debug: msg="Hello {{ user }}"\n'), 4, play('    - name: Say\n      debug:\n        msg: "Hello {{ user }}"\n')],
    // a template with spaces stays one value
    [play('    - name: Groups\n      group: name={{ item | lower }} state=present\n'), 4, play('    - name: Groups\n      group:\n        name: "{{ item | lower }}"\n        state: present\n')],
  ],
  preferredFix: true,
});
