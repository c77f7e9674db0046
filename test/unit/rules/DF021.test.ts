import { ruleSpec } from './spec';

ruleSpec('DF021', {
  fires: [
    ['FROM alpine:3.20\nRUN apk add --no-cache git\nRUN git clone https://example.com/r /r\nRUN apk del git\n', ['DF021@4']],
    ['FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev\nRUN apk del .build-deps\n', ['DF021@3']],
    ['FROM debian:12\nRUN apt-get install -y --no-install-recommends build-essential=12.9\nRUN make && apt-get purge -y build-essential\n', ['DF021@3']],
    ['FROM python:3.12-slim\nRUN pip install --no-cache-dir cython==3.0.11\nRUN pip uninstall -y cython\n', ['DF021@3']],
  ],
  quiet: [
    'FROM alpine:3.20\nRUN apk add --no-cache git && git clone https://example.com/r /r && apk del git\n',
    'FROM alpine:3.20\nRUN apk del git\n',
    // a build stage: its layers never reach the final image
    'FROM alpine:3.20 AS build\nRUN apk add git\nRUN apk del git\nFROM alpine:3.20\nCOPY --from=build /r /r\n',
    'FROM alpine:3.20\nRUN apk add --no-cache git\nFROM alpine:3.20\nRUN apk del git\n',
  ],
  fixes: [
    ['FROM alpine:3.20\nRUN apk add --no-cache git\nRUN apk del git\n', 3, 'FROM alpine:3.20\nRUN apk add --no-cache git \\\n    && apk del git\n'],
  ],
});
