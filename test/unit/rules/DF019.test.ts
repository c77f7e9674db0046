import { ruleSpec } from './spec';

ruleSpec('DF019', {
  fires: [
    ['FROM node:20-alpine\nRUN npm install -g @angular/cli nodemon\n', ['DF019@2']],
    ['FROM ruby:3.3-slim\nRUN gem install bundler\n', ['DF019@2']],
    ['FROM debian:12\nRUN apt-get install -y --no-install-recommends curl git=1:2.39.*\n', ['DF019@2']],
    ['FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev\n', ['DF019@2']],
    ['FROM python:3.12-slim\nRUN pip install --no-cache-dir flask gunicorn==22.0.0\n', ['DF019@2']],
    ['FROM python:3.12-slim\nRUN python3 -m pip install --no-cache-dir requests\n', ['DF019@2']],
  ],
  quiet: [
    'FROM node:20-alpine\nRUN npm install -g @angular/cli@13 pnpm@9.1.0 && npm ci\n',
    'FROM ruby:3.3-slim\nRUN gem install bundler -v 2.5.6 && gem install rake:13.2.1\n',
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n',
    'FROM alpine:3.20\nRUN apk add --no-cache curl=~8.9 "bash>5"\n',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir . ./wheels/app-1.0-py3-none-any.whl\n',
    'FROM debian:12\nRUN apt-get install -y ./local.deb $EXTRA_PACKAGES\n',
    'FROM debian:12\nRUN apt-get update\n',
    'FROM rockylinux:9\nRUN dnf -y install git && dnf clean all\n',
  ],
});
