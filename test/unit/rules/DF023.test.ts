import { ruleSpec } from './spec';

ruleSpec('DF023', {
  fires: [
    ['FROM --platform=linux/amd64 node:20-alpine\n', ['DF023@1:6-1:28']],
    ['FROM --platform=$TARGETPLATFORM alpine:3.20\n', ['DF023@1']],
    ['FROM golang:1.23 AS build\nFROM --platform=linux/arm64 alpine:3.20\n', ['DF023@2']],
  ],
  quiet: [
    'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM alpine:3.20\n',
    'FROM --platform=${BUILDPLATFORM} golang:1.23\n',
    'ARG P=linux/amd64\nFROM --platform=$P alpine:3.20\n',
    'FROM alpine:3.20\n',
  ],
});
