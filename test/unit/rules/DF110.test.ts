import { ruleSpec } from './spec';

ruleSpec('DF110', {
  fires: [
    ['FROM alpine:3.20\nWORKDIR app\n', ['DF110@2']],
    ['FROM alpine:3.20\nWORKDIR ./src\n', ['DF110@2']],
    ['FROM alpine:3.20\nWORKDIR /app\nWORKDIR build\n', ['DF110@3']],
  ],
  quiet: [
    'FROM alpine:3.20\nWORKDIR /app\n',
    'FROM alpine:3.20\nARG DIR=/x\nWORKDIR $DIR\n',
    'FROM alpine:3.20\nWORKDIR /app/src\n',
  ],
});
