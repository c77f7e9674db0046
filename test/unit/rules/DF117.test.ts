import { ruleSpec } from './spec';

ruleSpec('DF117', {
  fires: [
    ['FROM alpine:3.20 AS scratch\n', ['DF117@1:21-1:28']],
    ['FROM alpine:3.20 AS context\nFROM alpine:3.20\n', ['DF117@1']],
    ['FROM alpine:3.20 AS build\nFROM busybox:1.36 as Scratch\n', ['DF117@2']],
  ],
  quiet: [
    'FROM scratch\n',
    'FROM alpine:3.20 AS builder\n',
    'FROM alpine:3.20 AS scratch-base\n',
  ],
});
