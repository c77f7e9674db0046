import { ruleSpec } from './spec';

ruleSpec('DF108', {
  fires: [
    ['FROM alpine:3.20\nWORKDIR $APP_HOME\n', ['DF108@2']],
    ['FROM alpine:3.20\nCOPY app ${DEST}/\nARG DEST=/opt\n', ['DF108@2']],
    ['ARG VERSION=1\nFROM alpine:3.20\nLABEL version=$VERSION\n', ['DF108@3']],
    ['FROM node:${NODE_VERSION}-alpine\n', ['DF108@1']],
  ],
  quiet: [
    // a name the same ENV sets is DF116's finding (it says why the value is the old one)
    'FROM alpine:3.20\nENV A=1 B=$A\n',
    'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine\n',
    'FROM alpine:3.20\nARG DEST=/opt\nCOPY app ${DEST}/\n',
    'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\nWORKDIR $HOME\n',
    'FROM alpine:3.20\nRUN echo $UNDECLARED_IS_SHELL_BUSINESS\n',
    'FROM --platform=$BUILDPLATFORM alpine:3.20\nARG TARGETARCH\nRUN echo $TARGETARCH\n',
    'FROM alpine:3.20\nWORKDIR ${APP_HOME:-/app}\n',
    'FROM alpine:3.20 AS base\nENV APP=/app\nFROM base\nWORKDIR $APP\n',
  ],
});
