import { ruleSpec } from './spec';

ruleSpec('DF113', {
  fires: [
    ['from alpine:3.20\n', ['DF113@1']],
    ['FROM alpine:3.20\nRun echo\n', ['DF113@2']],
    ['FROM alpine:3.20\ncopy a /a\nworkdir /x\n', ['DF113@2', 'DF113@3']],
  ],
  quiet: [
    'FROM alpine:3.20\nRUN echo from\n',
    'FROM alpine:3.20 as build\n',
    '# syntax=docker/dockerfile:1\nFROM alpine:3.20\n',
  ],
  fixes: [['FROM alpine:3.20\nRun echo\n', 2, 'FROM alpine:3.20\nRUN echo\n']],
});
