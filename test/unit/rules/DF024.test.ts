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
    // split as the shell splits it, quotes removed
    ['FROM python:3.12-slim\nHEALTHCHECK CMD python -c "import urllib.request as r; r.urlopen(\'http://localhost:8000/\')"\n', 2, { args: { example: 'HEALTHCHECK CMD ["python", "-c", "import urllib.request as r; r.urlopen(\'http://localhost:8000/\')"]' }, variant: undefined }],
    // shell syntax needs a shell in either form: the message says so (no `exec` for a check)
    ['FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n', 2, { args: { shell: '||', example: 'HEALTHCHECK CMD ["sh", "-c", "curl -f http://localhost/ || exit 1"]' }, variant: 'needsShell' }],
    ['FROM node:20-alpine\nHEALTHCHECK CMD wget -qO- http://localhost:$PORT/health\n', 2, { args: { shell: '$PORT' }, variant: 'needsShell' }],
  ],
});
