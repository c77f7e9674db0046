import { ruleSpec } from './spec';

ruleSpec('DF009', {
  fires: [
    ['FROM node:20\nCMD ["node", "a.js"]\n', ['DF009@1']],
    ['FROM python:3.12\n', ['DF009@1']],
    ['FROM golang:1.22 AS build\nFROM node:20-alpine AS x\nFROM ruby:3.3\n', ['DF009@3']],
  ],
  quiet: [
    'FROM node:20-alpine\n',
    'FROM python:3.12-slim\n',
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    'FROM nginx:1.27\n',
  ],
});
