import { ruleSpec } from './spec';

ruleSpec('DF010', {
  fires: [
    ['FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n', ['DF010@3']],
    ['FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\n', ['DF010@3']],
    ['FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download && go build -o /app\n', ['DF010@3']],
    // the notes' own example: the install runs before anything is copied
    ['FROM node:16\nLABEL maintainer="me"\nRUN npm install\nCOPY . .\nEXPOSE 8080\n', ['DF010@3']],
  ],
  quiet: [
    'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n',
    'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n',
    'FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build\n',
    'FROM node:20-alpine\nRUN npm install -g pnpm\nCOPY . .\n',
    'FROM node:20-alpine\nCOPY . .\nRUN npm run build\n',
  ],
  // The manifest named is the ecosystem's own (issue 17: a pip project hears of requirements.txt, not package.json).
  details: [
    ['FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\n', 3, { variant: 'wholeContextFirst', args: { tool: 'pip', manifest: 'COPY requirements.txt ./' } }],
    ['FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download && go build -o /app\n', 3, { args: { manifest: 'COPY go.mod go.sum ./' } }],
    ['FROM ruby:3.3-slim\nWORKDIR /app\nCOPY . .\nRUN bundle install\n', 3, { args: { manifest: 'COPY Gemfile Gemfile.lock ./' } }],
  ],
});
