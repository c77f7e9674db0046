import { ruleSpec } from './spec';

ruleSpec('DF101', {
  fires: [
    ['FROM alpine:3.20\nCOPY app\n', ['DF101@2']],
    ['FROM alpine:3.20\nENV\n', ['DF101@2']],
    ['FROM alpine:3.20\nHEALTHCHECK CMD\n', ['DF101@2']],
    ['FROM\n', ['DF101@1']],
  ],
  quiet: [
    'FROM alpine:3.20\nCOPY app /app\n',
    'FROM alpine:3.20\nENV A=1\n',
    'FROM alpine:3.20\nHEALTHCHECK NONE\n',
    'FROM alpine:3.20 AS base\n',
  ],
});
