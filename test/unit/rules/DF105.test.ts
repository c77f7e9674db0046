import { ruleSpec } from './spec';

ruleSpec('DF105', {
  fires: [
    ['FROM alpine:3.20\nCOPY --chwon=app a /a\n', ['DF105@2']],
    ['FROM --plattform=linux/amd64 alpine:3.20\n', ['DF105@1']],
    ['FROM alpine:3.20\nHEALTHCHECK --intervall=5s CMD true\n', ['DF105@2']],
    ['FROM alpine:3.20\nADD --foo=bar a /a\n', ['DF105@2']],
    ['FROM alpine:3.20\nRUN --mout=type=cache,target=/x make\n', ['DF105@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nCOPY --chown=app:app a /a\n',
    'FROM --platform=$BUILDPLATFORM alpine:3.20\n',
    'FROM alpine:3.20\nHEALTHCHECK --interval=5s --timeout=2s --start-period=10s --retries=3 CMD true\n',
    'FROM alpine:3.20\nCOPY --link --chmod=644 a /a\n',
    'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache --network=none make\n',
    // ADD --unpack (Dockerfile 1.17): dockerfile-utils did not know it.
    'FROM alpine:3.20\nADD --unpack=true app.tar.gz /app/\n',
  ],
  fixes: [
    ['FROM alpine:3.20\nCOPY --chwon=app a /a\n', 2, 'FROM alpine:3.20\nCOPY --chown=app a /a\n'],
    ['FROM alpine:3.20\nRUN --mout=type=cache,target=/x make\n', 2, 'FROM alpine:3.20\nRUN --mount=type=cache,target=/x make\n'],
  ],
});
