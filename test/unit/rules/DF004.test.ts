import { ruleSpec } from './spec';

ruleSpec('DF004', {
  fires: [
    ['FROM alpine:3.20\nRUN apk add curl\n', ['DF004@2']],
    ['FROM alpine:3.20\nRUN apk update && apk add --virtual .build gcc\n', ['DF004@2']],
    ['FROM alpine:3.20\nRUN set -eux; \\\n    apk add \\\n      git\n', ['DF004@2']],
    ['FROM alpine:3.20\nRUN apk --update add bash\n', ['DF004@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    'FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n',
    'FROM alpine:3.20\nRUN apk del curl\n',
    'FROM alpine:3.20\n# RUN apk add curl\n',
    'FROM alpine:3.20\nRUN echo "use apk" > /x\n',
  ],
  fixes: [
    ['FROM alpine:3.20\nRUN apk add curl\n', 2, 'FROM alpine:3.20\nRUN apk add --no-cache curl\n'],
    ['FROM alpine:3.20\nRUN apk add a && apk add --no-cache b && apk add c\n', 2, 'FROM alpine:3.20\nRUN apk add --no-cache a && apk add --no-cache b && apk add --no-cache c\n'],
  ],
});
