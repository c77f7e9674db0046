import { ruleSpec } from './spec';

ruleSpec('DF006', {
  fires: [
    ['FROM debian:12\nRUN apt update && apt install -y --no-install-recommends curl\n', ['DF006@2']],
    ['FROM debian:12\nONBUILD RUN apt-get update && apt-get install -y --no-install-recommends curl\n', ['DF006@2']],
    ['FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n', ['DF006@2']],
    ['FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends git && rm -rf /tmp/*\n', ['DF006@2', 'DF006@3']],
    ['FROM debian:12\nRUN set -ex \\\n  && apt-get update \\\n  && apt-get install -y make\n', ['DF006@2']],
  ],
  quiet: [
    'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM debian:12-slim\nCOPY --from=build /out /out\n',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y --no-install-recommends git\n',
    'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y git\n',
    'FROM debian:12\nRUN apt-get remove -y git\n',
    'FROM alpine:3.20\nRUN apk add --no-cache git\n',
  ],
});
