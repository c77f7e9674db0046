import { ruleSpec } from './spec';

ruleSpec('DF114', {
  fires: [
    ['FROM alpine:3.20\nRUN apk add \\\n\n    git\n', ['DF114@3']],
    ['FROM alpine:3.20\nRUN a \\\n  b \\\n\n  c\n', ['DF114@4']],
    ['FROM alpine:3.20\nCOPY a \\\n\n /b\n', ['DF114@3']],
  ],
  quiet: [
    'FROM alpine:3.20\nRUN apk add \\\n    git\n',
    'FROM alpine:3.20\nRUN apk add \\\n    # a comment line is fine\n    git\n',
    'FROM alpine:3.20\nRUN a\n\nRUN b\n',
  ],
});
