import { ruleSpec } from './spec';

ruleSpec('DF112', {
  fires: [
    // ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER
    ['FROM alpine:3.20\nONBUILD ONBUILD RUN make\n', ['DF112@2']],
    ['FROM alpine:3.20\nONBUILD FROM alpine:3.20\n', ['DF112@2']],
    ['FROM alpine:3.20\nONBUILD MAINTAINER someone\n', ['DF112@2']],
    ['FROM alpine:3.20\nEXPOSE 80/tcpx\n', ['DF112@2']],
    ['FROM alpine:3.20\nEXPOSE abc\n', ['DF112@2']],
    ['FROM alpine:3.20\nSTOPSIGNAL FOO\n', ['DF112@2']],
    ['FROM ${NOPE}\n', ['DF112@1']],
    ['# escape=x\nFROM alpine:3.20\n', ['DF112@1']],
    // EXPOSE: a port outside 1–65535, a range that runs backwards.
    ['FROM alpine:3.20\nEXPOSE 80000\n', ['DF112@2:8-2:13']],
    ['FROM alpine:3.20\nEXPOSE 8000-7000\n', ['DF112@2:8-2:17']],
    ['FROM alpine:3.20\nEXPOSE 0 443 8000-70000/udp\n', ['DF112@2:8-2:9', 'DF112@2:14-2:28']],
    ['FROM alpine:3.20\nEXPOSE "65536"\n', ['DF112@2:8-2:15']],
    // A protocol's range is the protocol (dockerfile-utils ran a one-letter one to the end of the file).
    ['FROM alpine:3.20\nEXPOSE 80/x\nUSER app\n', ['DF112@2:11-2:12']],
    ['FROM alpine:3.20\nEXPOSE 8080/8x\n', ['DF112@2:13-2:15']],
  ],
  quiet: [
    'FROM alpine:3.20\nONBUILD RUN make\n',
    'FROM alpine:3.20\nEXPOSE 80/tcp 443 8000-8010/udp\n',
    '# escape=`\nFROM alpine:3.20\n',
    'ARG BASE=alpine:3.20\nFROM ${BASE}\n',
    'FROM alpine:3.20\nSTOPSIGNAL SIGTERM\n',
    'FROM alpine:3.20\nEXPOSE 1 65535 1-65535/tcp 8000-8000\n',
    // Variables are left alone, whatever they hold.
    'FROM alpine:3.20\nARG PORT=80000\nEXPOSE $PORT ${PORT}/udp ${LO}-${HI}\n',
  ],
  details: [
    ['FROM alpine:3.20\nEXPOSE 80000\n', 2, { args: { value: '80000' }, variant: 'port' }],
    ['FROM alpine:3.20\nEXPOSE 8000-7000/tcp\n', 2, { args: { value: '8000-7000/tcp' }, variant: 'port' }],
  ],
});
