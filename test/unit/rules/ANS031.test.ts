import { ruleSpec } from './spec';

const play = (tasks: string) => `- hosts: all\n  tasks:\n${tasks}`;
const grp = (loop: string) => play(`    - name: Groups\n      group:\n        name: "{{ item }}"\n      ${loop}\n`);

ruleSpec('ANS031', {
  path: 'site.yml',
  fires: [
    [grp('with_items: users'), ['ANS031@6:19-6:24']],
    // the notes' example: text after the template makes it a string
    [grp('loop: "{{users}}:"'), ['ANS031@6']],
    [grp('loop: app.users'), ['ANS031@6']],
    [grp('loop: "backend frontend"'), ['ANS031@6']],
  ],
  quiet: [
    grp('loop: "{{ users }}"'),
    grp('with_fileglob: "*.conf"'),
    grp('with_items:\n        - backend\n        - frontend'),
    grp('loop: >-\n        {{ users }}'),
    grp('with_sequence: start=1 end=3'),
  ],
  fixes: [
    [grp('with_items: users'), 6, grp('with_items: "{{ users }}"')],
    [grp('loop: "{{users}}:"'), 6, grp('loop: "{{ users }}"')],
  ],
  preferredFix: true,
  details: [
    [grp('with_items: users'), 6, { args: { key: 'with_items', value: 'users', to: '"{{ users }}"' }, variant: 'bare' }],
    [grp('loop: "{{users}}:"'), 6, { variant: 'text' }],
    [grp('loop: "backend frontend"'), 6, { variant: 'string' }],
  ],
});
