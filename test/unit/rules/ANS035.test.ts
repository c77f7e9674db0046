import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;
const grp = (loop: string) => play(`    - name: Groups\n      group:\n        name: "{{ item }}"\n      ${loop}\n`);

ruleSpec('ANS035', {
  path: 'site.yml',
  fires: [
    [grp('with_items:\n        - backend\n        - frontend'), ['ANS035@6:7-6:17']],
    [grp('with_dict: "{{ users }}"'), ['ANS035@6']],
    [grp('with_fileglob: "files/*.conf"'), ['ANS035@6']],
  ],
  quiet: [
    grp('loop:\n        - backend'),
    grp('loop: "{{ users | dict2items }}"'),
    play('    - name: Vars\n      debug:\n        msg: hi\n      vars:\n        with_items: 1\n'),
  ],
  fixes: [
    [grp('with_items:\n        - backend\n        - frontend'), 6, grp('loop:\n        - backend\n        - frontend')],
    [grp('with_items: "{{ groups_list }}"'), 6, grp('loop: "{{ groups_list | flatten(levels=1) }}"')],
    [grp('with_dict: "{{ users }}"'), 6, grp('loop: "{{ users | dict2items }}"')],
    [grp('with_list: "{{ a }}"'), 6, grp('loop: "{{ a }}"')],
  ],
  preferredFix: true,
  details: [
    [grp('with_items: "{{ x }}"'), 6, { args: { key: 'with_items' }, variant: 'items' }],
    [grp('with_dict: "{{ users }}"'), 6, { variant: 'dict' }],
    [grp('with_fileglob: "files/*.conf"'), 6, { args: { lookup: 'fileglob' }, variant: 'lookup' }],
    [grp('with_indexed_items: "{{ x }}"'), 6, { variant: 'indexed' }],
  ],
});
