import { ruleSpec } from './spec';

ruleSpec('DF012', {
  fires: [
    // root in every spelling
    ['FROM node:20-alpine\nUSER node\nUSER 0\n', ['DF012@3']],
    ['FROM node:20-alpine\nUSER root:root\n', ['DF012@2']],
    ['FROM node:20-alpine\nUSER 0:0\n', ['DF012@2']],
    ['FROM node:20-alpine\nUSER root:wheel\n', ['DF012@2']],
    ['FROM node:20-alpine\nCOPY . .\nCMD ["node", "a.js"]\n', ['DF012@1']],
    ['FROM node:20-alpine\nUSER node\nRUN x\nUSER root\n', ['DF012@4']],
    ['FROM node:20-alpine AS build\nUSER node\nFROM nginx:1.27\nCOPY --from=build /a /b\n', ['DF012@3']],
  ],
  quiet: [
    // root in a build stage that is not the final image is fine
    'FROM node:20-alpine AS build\nUSER root\nRUN make\nFROM node:20-alpine\nUSER node\n',
    'FROM node:20-alpine\nUSER 1000:1000\n',
    'FROM node:20-alpine\nUSER node\nCMD ["node", "a.js"]\n',
    'FROM alpine:3.20\nRUN adduser -D app\nUSER app:app\n',
    'FROM golang:1.22 AS b\nFROM scratch\nCOPY --from=b /app /app\n',
    'FROM node:20-alpine AS base\nUSER node\nFROM base AS release\nCMD ["node"]\n',
  ],
});
