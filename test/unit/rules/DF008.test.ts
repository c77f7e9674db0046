import { ruleSpec } from './spec';

ruleSpec('DF008', {
  fires: [
    ['FROM node\nRUN node -v\n', ['DF008@1']],
    ['FROM ubuntu:latest\n', ['DF008@1']],
    ['FROM node:20 AS build\nFROM nginx\nCOPY --from=build /a /b\n', ['DF008@2']],
    ['FROM --platform=linux/amd64 registry.example.com:5000/team/base\n', ['DF008@1']],
  ],
  quiet: [
    'FROM node:20-alpine\n',
    'FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    'FROM node:20 AS build\nFROM build AS test\n',
    'FROM scratch\nCOPY app /app\n',
    'ARG BASE=node:20\nFROM ${BASE}\n',
  ],
  // The example is the same image with a tag (issue 17: advice from the file, not a Node.js template).
  details: [
    ['FROM ubuntu\n', 1, { variant: 'untagged', args: { example: 'ubuntu:24.04' } }],
    ['FROM python:latest\n', 1, { variant: 'latest', args: { example: 'python:3.12-slim' } }],
    ['FROM registry.example.com:5000/team/base\n', 1, { args: { example: 'registry.example.com:5000/team/base:<version>' } }],
    ['FROM docker.io/library/nginx\n', 1, { args: { example: 'docker.io/library/nginx:1.27-alpine' } }],
  ],
});
