import { ruleSpec } from './spec';

ruleSpec('DF013', {
  fires: [
    ['FROM alpine:3.20\nONBUILD RUN cd /app && make\n', ['DF013@2']],
    ['FROM alpine:3.20\nRUN cd /app && make\n', ['DF013@2']],
    ['FROM alpine:3.20\nRUN cd /usr/src/app; npm install\n', ['DF013@2']],
    ['FROM alpine:3.20\nRUN cd /tmp \\\n  && ./configure\n', ['DF013@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nWORKDIR /app\nRUN make\n',
    'FROM alpine:3.20\nRUN make && cd /tmp && rm -rf x\n',
    'FROM alpine:3.20\nRUN (cd /src && make)\n',
    'FROM alpine:3.20\nRUN cd build && make\n',
  ],
});
