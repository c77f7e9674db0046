import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

ruleSpec('ANS010', {
  path: P,
  fires: [
    [play('    - name: svc\n      service:\n        state: started\n'), ['ANS010@5:7-5:14']],
    [play('    - service: state=started\n'), ['ANS010@4']],
    [{ path: 'roles/web/handlers/main.yml', text: '- name: restart\n  service:\n    state: restarted\n' }, ['ANS010@2']],
  ],
  quiet: [
    play('    - service:\n        name: nginx\n        state: started\n'),
    // options from Jinja, or from `args:` given as Jinja
    play('    - service: "{{ svc_args }}"\n    - service:\n        state: started\n      args: "{{ more }}"\n'),
    play('    - service:\n        state: started\n      args:\n        name: nginx\n'),
  ],
  details: [
    [play('    - service: state=started\n'), 4, { args: { module: 'service', options: 'name' } }],
  ],
});
