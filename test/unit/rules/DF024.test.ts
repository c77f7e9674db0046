import { ruleSpec } from './spec';

ruleSpec('DF024', {
  fires: [
    ['FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\n', ['DF024@2:13-2:42']],
    ['FROM nginx:1.27\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1\n', ['DF024@2']],
    ['FROM nginx:1.27\nONBUILD HEALTHCHECK CMD wget -q -O- http://localhost/\n', ['DF024@2']],
  ],
  quiet: [
    'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
    'FROM nginx:1.27\nHEALTHCHECK NONE\n',
    'FROM nginx:1.27\n',
  ],
  details: [
    ['FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\n', 2, { args: { example: 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]' } }],
    ['FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n', 2, { args: { example: 'HEALTHCHECK CMD ["sh", "-c", "curl -f http://localhost/ || exit 1"]' } }],
  ],
});
