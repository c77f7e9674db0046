import { ruleSpec } from './spec';

ruleSpec('DF103', {
  fires: [
    ['FROM node:20 AS build\nFROM node:20 AS build\n', ['DF103@1', 'DF103@2']],
    ['FROM a:1 AS x\nFROM b:1 AS y\nFROM c:1 AS X\n', ['DF103@1', 'DF103@3']],
    ['FROM a:1 as base\nRUN a\nFROM base as test\nFROM a:1 AS base\n', ['DF103@1', 'DF103@4']],
  ],
  quiet: [
    'FROM node:20 AS build\nFROM nginx:1.27 AS release\n',
    'FROM node:20\nFROM node:20\n',
    'FROM a:1 AS base\nFROM base AS test\n',
  ],
});
