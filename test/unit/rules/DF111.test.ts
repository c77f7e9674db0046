import { ruleSpec } from './spec';

ruleSpec('DF111', {
  fires: [
    ['FROM alpine:3.20\nMAINTAINER Jane <jane@example.com>\n', ['DF111@2']],
    ['FROM alpine:3.20\nMAINTAINER "Jane"\n', ['DF111@2']],
    ['FROM alpine:3.20\nmaintainer jane\n', ['DF111@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nLABEL maintainer="Jane <jane@example.com>"\n',
    'FROM alpine:3.20\n# MAINTAINER jane\n',
    'FROM alpine:3.20\nRUN echo MAINTAINER\n',
  ],
  fixes: [
    ['FROM alpine:3.20\nMAINTAINER Jane <jane@example.com>\n', 2, 'FROM alpine:3.20\nLABEL maintainer="Jane <jane@example.com>"\n'],
    ['FROM alpine:3.20\nMAINTAINER "Jane"\n', 2, 'FROM alpine:3.20\nLABEL maintainer="Jane"\n'],
  ],
});
