import { ruleSpec } from './spec';
import { KNOWLEDGE } from '../../../server/src/service/ansible/knowledge';

// The rule stays quiet while the filter table is empty. Until the table lands, give it the filters the notes use
// (in memory, for this test process only); once it holds them, the test runs against the real table.
if (!KNOWLEDGE.filters.length) {
  for (const name of ['default', 'dict2items', 'items2dict', 'ternary', 'map', 'selectattr', 'join', 'to_json', 'regex_replace', 'ipaddr']) {
    KNOWLEDGE.filters.push({ name, signature: name, desc: { ko: name, en: name } });
  }
}

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;

ruleSpec('ANS036', {
  path: 'site.yml',
  fires: [
    // the notes' typo: the finding marks the filter name
    [play('    - name: Tags\n      debug:\n        msg: "{{ item.key }}"\n      loop: "{{ tags | dict2item }}"\n'), ['ANS036@6:24-6:33']],
    [play("    - name: Say\n      debug:\n        msg: \"{{ who | defualt('world') }}\"\n"), ['ANS036@5']],
    // a condition is an expression without braces
    [{ path: 'roles/x/tasks/main.yml', text: "- name: A\n  debug:\n    msg: x\n  when: flag | ternery(true, false)\n" }, ['ANS036@4']],
  ],
  quiet: [
    play("    - name: A\n      debug:\n        msg: \"{{ x | default('a') | join(',') }}\"\n"),
    play('    - name: A\n      debug:\n        msg: "{{ x | my_company_filter }}"\n'),
    play("    - name: A\n      debug:\n        msg: \"{{ 'a | dict2item' }}\"\n"),
    play('    - name: A\n      debug:\n        msg: "{{ x | community.general.json_qery }}"\n'),
    play('    - name: A\n      debug:\n        msg: "{{ x | int | lower | list }}"\n'),
  ],
  fixes: [[play('    - name: Tags\n      debug:\n        msg: x\n      loop: "{{ tags | dict2item }}"\n'), 6, play('    - name: Tags\n      debug:\n        msg: x\n      loop: "{{ tags | dict2items }}"\n')]],
  preferredFix: true,
  details: [[play("    - name: Say\n      debug:\n        msg: \"{{ who | defualt('world') }}\"\n"), 5, { args: { name: 'defualt', suggestion: 'default' } }]],
});
