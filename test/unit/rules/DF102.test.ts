import { ruleSpec } from './spec';

ruleSpec('DF102', {
  fires: [
    ['FROM node:20-alpine\nCMD ["node", "server.js"\n', ['DF102@2']],
    ["FROM node:20-alpine\nCMD ['node', 'server.js']\n", ['DF102@2']],
    ['FROM node:20-alpine\nENTRYPOINT ["node" "server.js"]\n', ['DF102@2']],
    ['FROM alpine:3.20\nRUN ["apk", "add", curl]\n', ['DF102@2']],
  ],
  quiet: [
    'FROM node:20-alpine\nCMD ["node", "server.js"]\n',
    'FROM node:20-alpine\nCMD node server.js\n',
    'FROM alpine:3.20\nRUN [ -f /etc/os-release ] && cat /etc/os-release\n',
    'FROM alpine:3.20\nCOPY ["a b", "/dst/"]\n',
  ],
});
