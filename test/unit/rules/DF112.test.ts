import { ruleSpec } from './spec';

ruleSpec('DF112', {
  fires: [
    ['FROM alpine:3.20\nEXPOSE 80/tcpx\n', ['DF112@2']],
    ['FROM alpine:3.20\nEXPOSE abc\n', ['DF112@2']],
    ['FROM alpine:3.20\nSTOPSIGNAL FOO\n', ['DF112@2']],
    ['FROM ${NOPE}\n', ['DF112@1']],
    ['# escape=x\nFROM alpine:3.20\n', ['DF112@1']],
  ],
  quiet: [
    'FROM alpine:3.20\nEXPOSE 80/tcp 443 8000-8010/udp\n',
    '# escape=`\nFROM alpine:3.20\n',
    'ARG BASE=alpine:3.20\nFROM ${BASE}\n',
    'FROM alpine:3.20\nSTOPSIGNAL SIGTERM\n',
  ],
});
