import { ruleSpec } from './spec';

const I = 'inventory/hosts';

// The notes' inventory line: `ansible_user-ubuntu` for `ansible_user=ubuntu`.
const NOTES = 'amazon1 ansible_host=1.1.1.1 ansible_user-ubuntu\n';

ruleSpec('ANS071', {
  path: I,
  fires: [
    [NOTES, ['ANS071@1:30-1:49']],
    ['[web]\nw1 ansible_port:2222 primary\n', ['ANS071@2', 'ANS071@2']],
    ['[web]\nw1\n[web:vars]\nhttp_port\n', ['ANS071@4']],
  ],
  quiet: [
    'amazon1 ansible_host=1.1.1.1 ansible_user=ubuntu # the first host\n',
    '[web]\nw1 motd="hello world" x=\'a b\'\n',
    '[web:children]\nw\n[w]\nh1\n',
  ],
  fixes: [
    [NOTES, 1, 'amazon1 ansible_host=1.1.1.1 ansible_user=ubuntu\n'],
  ],
  details: [
    [NOTES, 1, { args: { word: 'ansible_user-ubuntu', host: 'amazon1', suggestion: 'ansible_user=ubuntu' }, variant: 'joined' }],
    ['w1 primary\n', 1, { args: { word: 'primary' }, variant: undefined }],
    ['[web]\nw1\n[web:vars]\nhttp_port\n', 4, { variant: 'groupVar' }],
  ],
});
