import { ruleSpec } from './spec';
import { findModule } from '../../../server/src/service/ansible/lookup';

const P = 'site.yml';
const play = (tasks: string) => `- hosts: all\n  gather_facts: false\n  tasks:\n${tasks}`;

// The core tables have no requiredTogether group yet: the spec registers one on a module for this test only.
const group = findModule('ansible.builtin.group')!;
group.requiredTogether = [['gid', 'non_unique']];

ruleSpec('ANS013', {
  path: P,
  fires: [
    [play('    - group:\n        name: x\n        non_unique: yes\n'), ['ANS013@6:9-6:19']],
    [play('    - group: name=x gid=1000\n'), ['ANS013@4']],
    [play('    - group:\n        name: x\n      args:\n        gid: 10\n'), ['ANS013@7']],
  ],
  quiet: [
    play('    - group:\n        name: x\n        gid: 10\n        non_unique: yes\n'),
    play('    - group:\n        name: x\n'),
    play('    - group:\n        name: x\n        gid: 10\n      args: "{{ more }}"\n'),
  ],
  details: [
    [play('    - group: name=x gid=1000\n'), 4, { args: { module: 'group', given: 'gid', missing: 'non_unique' } }],
  ],
});
