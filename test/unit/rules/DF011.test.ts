import { ruleSpec } from './spec';

ruleSpec('DF011', {
  fires: [
    ['FROM node:20-alpine\nCMD node server.js\n', ['DF011@2']],
    ['FROM nginx:1.27\nENTRYPOINT nginx -g "daemon off;"\n', ['DF011@2']],
    ['FROM a:1\nCMD python app.py\nFROM b:1\nENTRYPOINT /run.sh\n', ['DF011@2', 'DF011@4']],
    // needs the shell: still reported, without a fix
    ['FROM eclipse-temurin:21-jre\nCMD java $JAVA_OPTS -jar app.jar\n', ['DF011@2']],
  ],
  quiet: [
    'FROM node:20-alpine\nCMD ["node", "server.js"]\n',
    'FROM nginx:1.27\nENTRYPOINT ["nginx", "-g", "daemon off;"]\n',
    'FROM a:1\nRUN node build.js\n',
    'FROM a:1\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n',
    // `exec` hands the shell's place to the program: it gets the signals (Docker's reference suggests this form)
    'FROM python:3.12-slim\nCMD exec gunicorn app:app\n',
    // after SHELL, shell form is another shell (PowerShell here), not /bin/sh
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD Write-Host hello\n',
    'FROM base:1 AS a\nSHELL ["/bin/bash", "-c"]\nFROM a\nCMD ./run\n',
  ],
  // The JSON list is the file's own command, split as the shell splits it (quotes and continuations handled).
  fixes: [
    ['FROM node:20-alpine\nCMD node server.js\n', 2, 'FROM node:20-alpine\nCMD ["node", "server.js"]\n'],
    ['FROM nginx:1.27\nENTRYPOINT nginx -g "daemon off;"\n', 2, 'FROM nginx:1.27\nENTRYPOINT ["nginx", "-g", "daemon off;"]\n'],
    ['FROM python:3.12-slim\nCMD gunicorn \\\n    --bind 0.0.0.0:8000 \\\n    app:app\n', 2, 'FROM python:3.12-slim\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n'],
    ["FROM python:3.12-slim\nCMD python -c 'import app; app.main()'\n", 2, 'FROM python:3.12-slim\nCMD ["python", "-c", "import app; app.main()"]\n'],
    ['FROM golang:1.23-alpine\nENTRYPOINT ./bin/server --config "/etc/app/config file.yaml"\n', 2, 'FROM golang:1.23-alpine\nENTRYPOINT ["./bin/server", "--config", "/etc/app/config file.yaml"]\n'],
  ],
  preferredFix: true,
  // The example is this command (issue 17): as JSON when it is a word list; when it needs a shell, the piece that
  // needs it and the `sh -c` form with `exec` before the program.
  details: [
    ['FROM python:3.12-slim\nCMD python app.py --port 8000\n', 2, { args: { example: '["python", "app.py", "--port", "8000"]' }, variant: undefined }],
    ['FROM node:20-alpine\nCMD npm run migrate && node dist/server.js\n', 2, { args: { shell: '&&', example: '["sh", "-c", "npm run migrate && exec node dist/server.js"]' }, variant: 'needsShell' }],
    ['FROM alpine:3.20\nCMD ./server --port $PORT\n', 2, { args: { shell: '$PORT', example: '["sh", "-c", "exec ./server --port $PORT"]' }, variant: 'needsShell' }],
    ['FROM eclipse-temurin:21-jre\nCMD java ${JAVA_OPTS} -jar app.jar\n', 2, { args: { shell: '${JAVA_OPTS}', example: '["sh", "-c", "exec java ${JAVA_OPTS} -jar app.jar"]' } }],
    ['FROM python:3.12-slim\nCMD python manage.py migrate; python manage.py runserver 0.0.0.0:8000\n', 2, { args: { shell: ';', example: '["sh", "-c", "python manage.py migrate; exec python manage.py runserver 0.0.0.0:8000"]' } }],
    // a pipeline: no `exec` can take the shell's place
    ['FROM node:20-alpine\nCMD node server.js | tee /var/log/app.log\n', 2, { args: { shell: '|', example: '["sh", "-c", "node server.js | tee /var/log/app.log"]' } }],
    ['FROM ruby:3.3-slim\nCMD RAILS_ENV=production bundle exec puma\n', 2, { args: { shell: 'RAILS_ENV=…' }, variant: 'needsShell' }],
    ['FROM python:3.12-slim\nCMD python "app.py\n', 2, { args: { shell: '"' }, variant: 'needsShell' }],
  ],
});
