import { ruleSpec } from './spec';

ruleSpec('DF011', {
  fires: [
    ['FROM node:20-alpine\nCMD node server.js\n', ['DF011@2']],
    ['FROM nginx:1.27\nENTRYPOINT nginx -g "daemon off;"\n', ['DF011@2']],
    ['FROM a:1\nCMD python app.py\nFROM b:1\nENTRYPOINT /run.sh\n', ['DF011@2', 'DF011@4']],
  ],
  quiet: [
    'FROM node:20-alpine\nCMD ["node", "server.js"]\n',
    'FROM nginx:1.27\nENTRYPOINT ["nginx", "-g", "daemon off;"]\n',
    'FROM a:1\nRUN node build.js\n',
    'FROM a:1\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n',
  ],
  fixes: [['FROM node:20-alpine\nCMD node server.js\n', 2, 'FROM node:20-alpine\nCMD ["node", "server.js"]\n']],
  // The example is this command (issue 17): as JSON when it is a word list, through `sh -c exec` when it needs a shell.
  details: [
    ['FROM python:3.12-slim\nCMD python app.py --port 8000\n', 2, { args: { example: '["python", "app.py", "--port", "8000"]' } }],
    ['FROM node:20-alpine\nCMD npm run migrate && node dist/server.js\n', 2, { args: { example: '["sh", "-c", "npm run migrate && exec node dist/server.js"]' } }],
    ['FROM alpine:3.20\nCMD ./server --port $PORT\n', 2, { args: { example: '["sh", "-c", "exec ./server --port $PORT"]' } }],
  ],
});
