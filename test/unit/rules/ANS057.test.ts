import { loose, ruleSpec } from './spec';

const P = 'site.yml';
const play = (body: string) => `- hosts: all\n  vars:\n    http_port: 80\n  tasks:\n${body}`;

ruleSpec('ANS057', {
  path: P,
  fires: [
    [{ files: { [P]: play('    - debug: msg="port {{ http_prot }}"\n') } }, ['ANS057@5:27-5:36']],
    [{ files: { [P]: play('    - command: echo hi\n      when: deploy_enabled\n    - debug:\n        msg: "{{ deploy_enabled }} {{ other_thing.x }}"\n') } }, ['ANS057@6:13-6:27', 'ANS057@8:39-8:50']],
    // a task file: nothing in the workspace defines it
    [{ files: { 'tasks/a.yml': '- file:\n    path: "{{ certificate_dir }}/x"\n    state: directory\n' }, path: 'tasks/a.yml' }, ['ANS057@2']],
  ],
  quiet: [
    // vars, register, set_fact, loop variables, facts, magic variables, Jinja locals, defaults
    { files: { [P]: play('    - command: whoami\n      register: who\n    - set_fact: greeting=hi\n    - debug: msg="{{ who.stdout }} {{ greeting }} {{ http_port }} {{ item }} {{ ansible_os_family }} {{ inventory_hostname }}"\n      loop: [1]\n    - debug: msg="{% for u in users_list | default([]) %}{{ u }}{% endfor %} {{ maybe | default(1) }}"\n      when: flag is defined\n') } },
    // vars_files, group_vars, inventory variables, role defaults
    { files: { [P]: '- hosts: all\n  vars_files: [vars.yml]\n  roles: [web]\n  tasks:\n    - debug: msg="{{ a }} {{ b }} {{ c }} {{ d }}"\n', 'vars.yml': 'a: 1\n', 'group_vars/all.yml': 'b: 2\n', hosts: '[all:vars]\nc=3\n', 'roles/web/defaults/main.yml': 'd: 4\n', 'roles/web/tasks/main.yml': '- debug: msg="{{ d }}"\n' } },
    // a task file whose playbook reads the vars file
    { files: { 'tasks/a.yml': '- debug: msg="{{ domain }}"\n', [P]: '- hosts: all\n  vars_files: [vars.yml]\n  tasks:\n    - import_tasks: tasks/a.yml\n', 'vars.yml': 'domain: x\n' }, path: 'tasks/a.yml' },
    // vars_prompt, a role not in the workspace
    { files: { [P]: '- hosts: all\n  vars_prompt:\n    - name: pw\n      prompt: Password\n  tasks:\n    - debug: msg="{{ anything }}"\n' } },
    { files: { [P]: '- hosts: all\n  roles: [geerlingguy.mysql]\n  tasks:\n    - debug: msg="{{ mysql_port }}"\n' } },
    loose(play('    - debug: msg="{{ nope }}"\n'), P),
  ],
  details: [[{ files: { [P]: play('    - debug: msg="port {{ http_prot }}"\n') } }, 5, { variant: 'suggest', args: { name: 'http_prot', suggestion: 'http_port' } }]],
});
