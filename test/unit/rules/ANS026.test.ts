import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;
const dbg = (cond: string) => play(`    - name: A\n      debug:\n        msg: hi\n      ${cond}\n`);

ruleSpec('ANS026', {
  path: 'site.yml',
  fires: [
    [dbg('when: "{{ enabled }}"'), ['ANS026@6:13-6:28']],
    [dbg("until: '{{ r.rc == 0 }}'"), ['ANS026@6']],
    [{ path: 'roles/x/tasks/main.yml', text: '- name: A\n  command: x\n  changed_when:\n    - "{{ out.stdout | length > 0 }}"\n' }, ['ANS026@4']],
  ],
  quiet: [
    dbg('when: enabled'),
    dbg('when: "x | bool"'),
    play('    - name: A\n      debug:\n        msg: "{{ x }}"\n'),
    dbg('failed_when: false'),
  ],
  fixes: [
    [dbg('when: "{{ enabled }}"'), 6, dbg('when: "enabled"')],
    [dbg("until: '{{ r.rc == 0 }}'"), 6, dbg("until: 'r.rc == 0'")],
    [dbg("when: \"{{ a }} == 'b'\""), 6, dbg("when: \"a == 'b'\"")],
    [dbg('when: "{{ a or b }} and c"'), 6, dbg('when: "(a or b) and c"')],
  ],
  preferredFix: true,
});
