import { ruleSpec } from './spec';

ruleSpec('DF003', {
  fires: [
    // two are enough (a hint): each RUN is a layer
    ['FROM alpine:3.20\nRUN a\nRUN b\n', ['DF003@2']],
    ['FROM a:1\nRUN a\nRUN b\nFROM b:1\nRUN c\n', ['DF003@2']],
    ['FROM alpine:3.20\nRUN apk add --no-cache git\nRUN git --version\nRUN echo done\n', ['DF003@2']],
    ['FROM alpine:3.20\nWORKDIR /a\nRUN a\nRUN b\nRUN c\nRUN d\nCOPY . .\n', ['DF003@3']],
    ['FROM a:1 AS one\nRUN a\nRUN b\nRUN c\nFROM b:1\nRUN a\nRUN b\nRUN c\n', ['DF003@2', 'DF003@6']],
    ['FROM alpine:3.20\nRUN a \\\n  && b\nRUN c\n# a comment\nRUN d\n', ['DF003@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nRUN a\nCOPY x /x\nRUN b\nENV A=1\nRUN c\n',
    'FROM alpine:3.20\nRUN a && b && c\n',
    'FROM a:1\nRUN a\nFROM b:1\nRUN c\n',
  ],
  fixes: [['FROM alpine:3.20\nRUN apk add --no-cache git\nRUN git --version\nRUN echo done\n', 2, 'FROM alpine:3.20\nRUN apk add --no-cache git \\\n    && git --version \\\n    && echo done\n']],
});
