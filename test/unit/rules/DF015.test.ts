import { ruleSpec } from './spec';

ruleSpec('DF015', {
  fires: [
    // the old space form, an ARG before the first FROM, cloud and forge token names
    ['FROM alpine:3.20\nENV DB_PASSWORD hunter2\n', ['DF015@2']],
    ['ARG GITHUB_TOKEN\nFROM alpine:3.20\n', ['DF015@1']],
    ['FROM alpine:3.20\nARG AZURE_CLIENT_SECRET\nARG GH_TOKEN\n', ['DF015@2', 'DF015@3']],
    ['FROM alpine:3.20\nENV GOOGLE_API_KEY=abc\n', ['DF015@2']],
    ['FROM node:20-alpine\nARG NPM_TOKEN\n', ['DF015@2']],
    ['FROM mysql:8\nENV MYSQL_ROOT_PASSWORD=secret\n', ['DF015@2']],
    ['FROM alpine:3.20\nENV AWS_SECRET_ACCESS_KEY=abc AWS_REGION=eu\n', ['DF015@2']],
    ['FROM alpine:3.20\nARG API_KEY=123\n', ['DF015@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json\n',
    'FROM alpine:3.20\nARG AWS_ACCESS_KEY_ID_FILE\n',
    'FROM mysql:8\nENV MYSQL_ROOT_PASSWORD_FILE=/run/secrets/db\n',
    'FROM python:3.12-slim\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n',
    'FROM alpine:3.20\nARG TOKEN_URL=https://example.com\n',
    'FROM alpine:3.20\nENV APP_PORT=8080\n',
  ],
});
