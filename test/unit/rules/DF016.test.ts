import { loose, ruleSpec } from './spec';

// Each case is a Dockerfile in its own temporary workspace.
ruleSpec('DF016', {
  path: 'Dockerfile',
  fires: [
    // the whole context is copied and no .dockerignore is there: the finding marks the instruction
    [{ files: { Dockerfile: 'FROM node:20-alpine\nCOPY . .\n' } }, ['DF016@2:1-2:9']],
    // an ignore file elsewhere does not count
    [{ files: { 'app/Dockerfile': 'FROM node:20-alpine\nWORKDIR /app\nCOPY ./ /app/\n', '.dockerignore': 'x' }, path: 'app/Dockerfile' }, ['DF016@3']],
    // reported once
    [{ files: { Dockerfile: 'FROM a:1\nADD . /src\nCOPY . .\n' } }, ['DF016@2']],
  ],
  quiet: [
    { files: { Dockerfile: 'FROM a:1\nCOPY . .\n', '.dockerignore': 'node_modules\n' } },
    // a per-Dockerfile ignore file
    { files: { 'api.Dockerfile': 'FROM a:1\nCOPY . .\n', 'api.Dockerfile.dockerignore': 'x' }, path: 'api.Dockerfile' },
    // no workspace: unknown, stay quiet
    loose('FROM a:1\nCOPY . .\n'),
    // no COPY . (another stage's files are not the context)
    { files: { Dockerfile: 'FROM a:1\nCOPY package.json .\nCOPY --from=build . .\n' } },
  ],
  // What the context would carry is the Dockerfile's own ecosystem's (issue 17): from its install, else its base image.
  details: [
    [{ files: { Dockerfile: 'FROM node:20-alpine\nCOPY . .\n' } }, 2, { args: { examples: '.git, node_modules, .env' } }],
    [{ files: { Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n' } }, 2, { args: { examples: '.git, .venv, __pycache__, .env' } }],
    [{ files: { Dockerfile: 'FROM eclipse-temurin:21-jdk AS build\nCOPY . .\nRUN ./mvnw -B dependency:go-offline package\n' } }, 2, { args: { examples: '.git, target, .env' } }],
    [{ files: { Dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nCOPY . /src\nRUN dotnet publish -c Release -o /out\n' } }, 2, { args: { examples: '.git, bin, obj, .env' } }],
    [{ files: { Dockerfile: 'FROM golang:1.23-alpine\nCOPY . .\nRUN go build -o /app\n' } }, 2, { args: { examples: '.git, .env' } }],
    [{ files: { Dockerfile: 'FROM registry.example.com/base:1\nCOPY . .\n' } }, 2, { args: { examples: '.git, .env' } }],
  ],
});
