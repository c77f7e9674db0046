import { ruleSpec } from './spec';

ruleSpec('DF109', {
  fires: [
    ['FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n', ['DF109@2']],
    ['FROM alpine:3.20\nCMD a\nRUN x\nCMD b\nCMD ["c"]\n', ['DF109@2', 'DF109@4']],
    ['FROM alpine:3.20\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n', ['DF109@2']],
    ['FROM alpine:3.20\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b\n', ['DF109@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nENTRYPOINT ["a"]\nCMD ["b"]\n',
    'FROM a:1 AS x\nCMD ["a"]\nFROM b:1\nCMD ["b"]\n',
    'FROM alpine:3.20\nCMD ["a"]\n',
  ],
});
