import { ruleSpec } from './spec';

ruleSpec('DF100', {
  fires: [
    ['FROM alpine:3.20\nRUNN echo hi\n', ['DF100@2']],
    ['FROM alpine:3.20\nCOPPY a /a\n', ['DF100@2']],
    ['FROM alpine:3.20\nWORKDIRR /app\n', ['DF100@2']],
    ['FROM alpine:3.20\nHELLO world\n', ['DF100@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nRUN echo hi\n',
    'FROM alpine:3.20\nRUN echo a \\\n  RUNN b\n',
    'FROM alpine:3.20\n# RUNN this is a comment\n',
    'FROM alpine:3.20\nRUN <<EOF\nRUNN not an instruction\nEOF\n',
  ],
  fixes: [
    ['FROM alpine:3.20\nRUNN echo hi\n', 2, 'FROM alpine:3.20\nRUN echo hi\n'],
    ['FROM alpine:3.20\ncopyy a /a\n', 2, 'FROM alpine:3.20\ncopy a /a\n'],
  ],
});
