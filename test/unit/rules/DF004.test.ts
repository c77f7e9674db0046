import { ruleSpec } from './spec';

ruleSpec('DF004', {
  fires: [
    ['FROM alpine:3.20\nRUN apk add curl\n', ['DF004@2']],
    ['FROM alpine:3.20\nRUN apk update && apk add --virtual .build gcc\n', ['DF004@2']],
    ['FROM alpine:3.20\nRUN set -eux; \\\n    apk add \\\n      git\n', ['DF004@2']],
    ['FROM alpine:3.20\nRUN apk --update add bash\n', ['DF004@2']],
    // an ONBUILD trigger runs in the image built FROM this one: the same advice, at the trigger
    ['FROM alpine:3.20\nONBUILD RUN apk add git\n', ['DF004@2:9-2:12']],
    // a build stage the final image is built FROM ships its layers
    ['FROM alpine:3.20 AS base\nRUN apk add git\nFROM base\nCMD ["git"]\n', ['DF004@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    'FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n',
    'FROM alpine:3.20\nRUN apk del curl\n',
    'FROM alpine:3.20\n# RUN apk add curl\n',
    'FROM alpine:3.20\nRUN echo "use apk" > /x\n',
    // the caches of a build stage never reach the final image (COPY --from takes only the named files)
    'FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM alpine:3.20\nCOPY --from=build /out /out\n',
    'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add git\n',
    'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/var/cache/apk apk add git\n',
  ],
  fixes: [
    ['FROM alpine:3.20\nRUN apk add curl\n', 2, 'FROM alpine:3.20\nRUN apk add --no-cache curl\n'],
    ['FROM alpine:3.20\nRUN apk add a && apk add --no-cache b && apk add c\n', 2, 'FROM alpine:3.20\nRUN apk add --no-cache a && apk add --no-cache b && apk add --no-cache c\n'],
  ],
});
