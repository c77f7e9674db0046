import { ruleSpec } from './spec';

const POETRY = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install poetry && poetry install --no-root\n';
const GRADLE = 'FROM gradle:8.10-jdk21\nWORKDIR /src\nCOPY . .\nRUN gradle dependencies --no-daemon\nRUN gradle build --no-daemon\n';
const GO = 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download && go build -o /app\n';

ruleSpec('DF010', {
  fires: [
    ['FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n', ['DF010@3']],
    ['FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\n', ['DF010@3']],
    [GO, ['DF010@3']],
    // the notes' own example: the install runs before anything is copied
    ['FROM node:16\nLABEL maintainer="me"\nRUN npm install\nCOPY . .\nEXPOSE 8080\n', ['DF010@3']],
    [POETRY, ['DF010@3']],
    [GRADLE, ['DF010@3']],
    ['FROM rust:1.80-slim\nWORKDIR /src\nCOPY . .\nRUN cargo fetch\nRUN cargo build --release\n', ['DF010@3']],
    ['FROM eclipse-temurin:21-jdk\nWORKDIR /src\nCOPY . .\nRUN ./mvnw -B dependency:go-offline\n', ['DF010@3']],
    ['FROM python:3.12-slim\nRUN python -m pip install -r requirements.txt\nCOPY . .\n', ['DF010@2']],
  ],
  quiet: [
    'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n',
    'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n',
    'FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build\n',
    'FROM node:20-alpine\nRUN npm install -g pnpm\nCOPY . .\n',
    'FROM node:20-alpine\nCOPY . .\nRUN npm run build\n',
    // the requirement file the install names, copied first, whatever it is called
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY deps/prod.txt deps/\nRUN pip install -r deps/prod.txt\nCOPY . .\n',
    'FROM gradle:8.10-jdk21\nCOPY build.gradle.kts settings.gradle.kts ./\nRUN gradle dependencies\nCOPY . .\n',
    'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY aspnetapp.csproj ./\nRUN dotnet restore\nCOPY . .\n',
    // a package installed by name is not the project's dependencies
    'FROM python:3.12-slim\nCOPY . .\nRUN pip install gunicorn\n',
  ],
  // The manifest named is the ecosystem's own (issue 17: a pip project hears of requirements.txt, not package.json),
  // the file the install reads, and — in a workspace — the files the build context has.
  details: [
    ['FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\n', 3, { variant: 'wholeContextFirst', args: { tool: 'pip', manifest: 'COPY requirements.txt ./' } }],
    [GO, 3, { args: { tool: 'go mod', manifest: 'COPY go.mod go.sum ./' } }],
    ['FROM ruby:3.3-slim\nWORKDIR /app\nCOPY . .\nRUN bundle install\n', 3, { args: { tool: 'bundler', manifest: 'COPY Gemfile Gemfile.lock ./' } }],
    [POETRY, 3, { args: { tool: 'poetry', manifest: 'COPY pyproject.toml poetry.lock ./' } }],
    ['FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements/prod.txt\n', 3, { args: { manifest: 'COPY requirements/prod.txt ./requirements/' } }],
    ['FROM rust:1.80-slim\nWORKDIR /src\nCOPY . .\nRUN cargo fetch\n', 3, { args: { tool: 'cargo', manifest: 'COPY Cargo.toml Cargo.lock ./' } }],
    ['FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nRUN dotnet restore\n', 3, { args: { tool: 'dotnet', manifest: 'COPY *.csproj ./' } }],
    // the install before any COPY: which files to copy first, per ecosystem
    ['FROM node:16\nLABEL maintainer="me"\nRUN npm install\nCOPY . .\n', 3, { variant: 'manifestMissing', args: { tool: 'npm', manifest: 'COPY package.json package-lock.json ./' } }],
    ['FROM python:3.12-slim\nRUN python -m pip install -r requirements.txt\nCOPY . .\n', 2, { variant: 'manifestMissing', args: { tool: 'pip', manifest: 'COPY requirements.txt ./' } }],
    // in a workspace: a go module without dependencies has no go.sum; a Kotlin-script Gradle build
    [{ path: 'Dockerfile', files: { Dockerfile: GO, 'go.mod': 'module example.com/app\n\ngo 1.22\n' } }, 3, { args: { manifest: 'COPY go.mod ./' } }],
    [{ path: 'api/Dockerfile', files: { 'api/Dockerfile': GRADLE, 'api/build.gradle.kts': '', 'api/settings.gradle.kts': '' } }, 3, { args: { tool: 'gradle', manifest: 'COPY build.gradle.kts settings.gradle.kts ./' } }],
    // the context is elsewhere (no manifest next to the Dockerfile): every file is named
    [{ path: 'docker/Dockerfile', files: { 'docker/Dockerfile': GO, 'go.mod': 'module x\n' } }, 3, { args: { manifest: 'COPY go.mod go.sum ./' } }],
  ],
});
