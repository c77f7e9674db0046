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
});
