import { ruleSpec } from './spec';

ruleSpec('DF115', {
  fires: [
    ['FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./app\n', ['DF115@3']],
    ['FROM node:20-alpine\nCOPY a.txt b.txt "/app"\n', ['DF115@2']],
    ['FROM node:20-alpine\nCOPY ["a.txt", "b.txt", "/app"]\n', ['DF115@2']],
    ['FROM node:20-alpine\nONBUILD ADD a.txt b.txt /app\n', ['DF115@2']],
  ],
  quiet: [
    'FROM node:20-alpine\nCOPY a.txt b.txt "/app/"\n',
    'FROM node:20-alpine\nCOPY package.json package-lock.json ./\n',
    'FROM node:20-alpine\nCOPY a.txt /app\n',
    'FROM node:20-alpine\nCOPY ["a.txt", "b.txt", "/app/"]\n',
    'FROM node:20-alpine\nARG D=/app/\nCOPY a.txt b.txt $D\n',
    'FROM node:20-alpine\nCOPY <<EOF /app/x\nhello\nEOF\n',
  ],
  fixes: [
    ['FROM node:20-alpine\nCOPY a.txt b.txt /app\n', 2, 'FROM node:20-alpine\nCOPY a.txt b.txt /app/\n'],
    ['FROM node:20-alpine\nCOPY a.txt b.txt "/app"\n', 2, 'FROM node:20-alpine\nCOPY a.txt b.txt "/app/"\n'],
  ],
});
