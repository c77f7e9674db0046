// Heredocs, line continuations, `# escape=` and comments inside continuations must never produce false reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf } from '../helpers';

// Rules that are advice about the whole file (root user, base image variants, unpinned packages) are not about syntax: leave them out.
const syntaxFindings = (text: string) => findingsOf('Dockerfile', text, EN).filter((f) => !/^DF0(09|12|19)@/.test(f));

test('heredocs are not instructions, and their bodies are not arguments', () => {
  assert.deepEqual(syntaxFindings([
    '# syntax=docker/dockerfile:1',
    'FROM alpine:3.20',
    'RUN <<EOF',
    'set -e',
    'FROM not an instruction',
    'COPPY not a typo either',
    'EOF',
    'COPY <<EOT /etc/motd',
    'hello',
    'EOT',
    'RUN <<-EOF bash',
    '\techo tabs stripped',
    '\tEOF',
    'USER nobody',
  ].join('\n')), []);
});

test('line continuations and comments inside them', () => {
  assert.deepEqual(syntaxFindings([
    'FROM debian:12-slim',
    'RUN apt-get update \\',
    '    # a comment in the middle is removed by the parser',
    '    && apt-get install -y --no-install-recommends \\',
    '        curl \\',
    '        ca-certificates \\',
    '    && rm -rf /var/lib/apt/lists/*',
    'ENV A=1 \\',
    '    B=2',
    'CMD ["sh", "-c", \\',
    '     "echo $A $B"]',
  ].join('\n')), []);
});

test('the escape directive changes the continuation character', () => {
  assert.deepEqual(syntaxFindings([
    '# escape=`',
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022',
    'COPY testfile.txt c:\\',
    'RUN dir c:\\ `',
    '    && echo done',
    'WORKDIR C:\\app',
  ].join('\n')).filter((f) => !f.startsWith('DF110')), []);
});

test('variables with defaults, ARG scoping across stages, and platform ARGs are not undefined', () => {
  assert.deepEqual(syntaxFindings([
    'ARG NODE_VERSION=20',
    'FROM --platform=$BUILDPLATFORM node:${NODE_VERSION}-alpine AS build',
    'ARG TARGETOS TARGETARCH',
    'ARG NODE_VERSION',
    'WORKDIR /src/${NODE_VERSION}',
    'COPY package*.json ./',
    'RUN npm ci',
    'COPY . .',
    'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH npm run build',
    'FROM nginx:1.27-alpine',
    'COPY --from=build /src/dist /usr/share/nginx/html',
    'USER nginx',
  ].join('\n')), []);
});
