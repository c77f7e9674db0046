import { ruleSpec } from './spec';

ruleSpec('DF104', {
  fires: [
    ['FROM node:20 AS 1build\n', ['DF104@1']],
    ['FROM node:20 AS my/stage\n', ['DF104@1']],
    ['FROM node:20 FOR build\n', ['DF104@1']],
  ],
  quiet: [
    'FROM node:20 AS build\n',
    'FROM node:20 AS build-1.2_x\n',
    'FROM node:20 as base\n',
  ],
});
