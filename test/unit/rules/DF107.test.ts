import { ruleSpec } from './spec';

ruleSpec('DF107', {
  fires: [
    ['FROM node:20 AS builder\nFROM nginx:1.27\nCOPY --from=buildr /app /usr/share/nginx/html\n', ['DF107@3']],
    ['FROM nginx:1.27\nCOPY --from=build /a /b\nFROM node:20 AS build\n', ['DF107@2']],
    ['FROM node:20 AS build\nFROM nginx:1.27\nCOPY --from=2 /a /b\n', ['DF107@3']],
    ['FROM alpine:3.20\nCOPY --from=busybox /bin/busybox /bin/\n', ['DF107@2']],
    ['FROM node:20 AS build\nFROM nginx:1.27 AS web\nCOPY --from=web /a /b\n', ['DF107@3']],
    ['FROM node:20 AS build\nFROM nginx:1.27\nCOPY --from=compiler /a /b\n', ['DF107@3']],
  ],
  quiet: [
    'FROM node:20 AS build\nFROM nginx:1.27\nCOPY --from=build /a /b\n',
    'FROM node:20 AS Build\nFROM nginx:1.27\nCOPY --from=build /a /b\n',
    'FROM nginx:1.27\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n',
    'FROM node:20\nFROM nginx:1.27\nCOPY --from=0 /a /b\n',
    'FROM alpine:3.20\nCOPY --from=busybox:1.36 /bin/busybox /bin/\n',
    'FROM alpine:3.20\nCOPY --from=docker.io/library/busybox /bin/busybox /bin/\n',
  ],
  details: [
    ['FROM alpine:3.20\nCOPY --from=busybox /bin/busybox /bin/\n', 2, { variant: 'noStage', args: { name: 'busybox' } }],
    ['FROM node:20 AS build\nFROM nginx:1.27 AS web\nCOPY --from=web /a /b\n', 3, { variant: 'self' }],
  ],
  fixes: [['FROM node:20 AS builder\nFROM nginx:1.27\nCOPY --from=buildr /app /usr/share/nginx/html\n', 3, 'FROM node:20 AS builder\nFROM nginx:1.27\nCOPY --from=builder /app /usr/share/nginx/html\n']],
});
