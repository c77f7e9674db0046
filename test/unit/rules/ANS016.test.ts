import { ruleSpec } from './spec';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

// The notes' examples: `loop: {{users}}`, and a set_fact whose opening quote was forgotten (a stray one at the end).
const NOTES_LOOP = play('    - debug: msg={{ item }}\n      loop: {{users}}\n');
const NOTES_VPC = play(`    - name: "set vpc CIDR"\n      set_fact:\n        vpc_cidr: {{ansible_facts | dict2items | selectattr('key', 'match', '^ec2_.*_cidr$') | map(attribute='value'))[0] }}"\n`);

ruleSpec('ANS016', {
  path: P,
  fires: [
    [NOTES_LOOP, ['ANS016@5:13-5:22']],
    [NOTES_VPC, ['ANS016@6']],
    [{ path: 'group_vars/all.yml', text: 'app_dir: {{ base }}/app\nuser: deploy\n' }, ['ANS016@1:10-1:24']],
    [play('    - debug: msg=1\n      with_items:\n        - {{ a }}\n'), ['ANS016@6']],
  ],
  quiet: [
    play('    - debug: msg={{ item }}\n      loop: "{{ users }}"\n'),
    play('    - copy:\n        dest: /etc/x\n        content: |\n          a: {{ x }}\n'),
    play('    - debug:\n        msg: { a: 1 }\n      vars:\n        y: "{{ z }} and more"\n'),
  ],
  fixes: [
    [NOTES_LOOP, 5, play('    - debug: msg={{ item }}\n      loop: "{{users}}"\n')],
    [{ path: 'group_vars/all.yml', text: 'x: {{ y }}  # comment\n' }, 1, 'x: "{{ y }}"  # comment\n'],
    [play('    - set_fact:\n        a: {{ b | default("c") }}\n'), 5, play('    - set_fact:\n        a: "{{ b | default(\\"c\\") }}"\n')],
    [NOTES_VPC, 6, play(`    - name: "set vpc CIDR"\n      set_fact:\n        vpc_cidr: "{{ansible_facts | dict2items | selectattr('key', 'match', '^ec2_.*_cidr$') | map(attribute='value'))[0] }}"\n`)],
  ],
  details: [
    [NOTES_LOOP, 5, { args: { key: 'loop', value: '{{users}}' }, variant: undefined }],
    [play('    - debug: msg=1\n      with_items:\n        - {{ a }}\n'), 6, { variant: 'item' }],
  ],
});
