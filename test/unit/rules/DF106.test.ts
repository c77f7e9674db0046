import { ruleSpec } from './spec';

ruleSpec('DF106', {
  fires: [
    ['FROM alpine:3.20\nHEALTHCHECK --interval=abc CMD true\n', ['DF106@2']],
    ['FROM alpine:3.20\nHEALTHCHECK --retries=0 CMD true\n', ['DF106@2']],
    ['FROM alpine:3.20\nHEALTHCHECK --timeout=10 CMD true\n', ['DF106@2']],
    ['FROM alpine:3.20\nADD --unpack=maybe app.tar.gz /app/\n', ['DF106@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nHEALTHCHECK --interval=30s --retries=3 CMD true\n',
    'FROM alpine:3.20\nHEALTHCHECK --timeout=1m30s CMD true\n',
    'FROM alpine:3.20\nCOPY --link=true a /a\n',
  ],
});
