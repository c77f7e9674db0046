// Writes the server's code cache (dist/server-main.cache, see server/src/boot.ts) for the Node that runs this: a short
// LSP session over stdio — a Dockerfile, a Compose file, a Kubernetes manifest and a playbook opened, validated, hovered,
// completed and edited — then `exit`; the server writes what it compiled on its way out. Run by esbuild.mjs.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const DOCS = [
  ['Dockerfile', 'dockerfile', 'FROM node:20-alpine AS build\nARG NODE_ENV=production\nENV NODE_ENV=$NODE_ENV\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci && npm cache clean --force\nCOPY . .\nRUN npm run build\n\nFROM node:20-alpine\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nEXPOSE 3000\nHEALTHCHECK --interval=30s CMD wget -q -O- http://localhost:3000/ || exit 1\nUSER node\nCMD ["node", "dist/server.js"]\n', { line: 5, character: 1 }],
  ['compose.yaml', 'yaml', 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n', { line: 2, character: 5 }],
  ['deploy.yaml', 'yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: 80\n', { line: 5, character: 3 }],
  ['site.yml', 'ansible', '- hosts: all\n  become: true\n  tasks:\n    - name: Install nginx\n      ansible.builtin.apt:\n        name: nginx\n        state: present\n', { line: 4, character: 8 }],
];

rmSync(join(root, 'dist', 'server-main.cache'), { force: true });
const proc = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { env: { ...process.env, DEVOPS_HINTS_WRITE_CODE_CACHE: '1' }, stdio: ['pipe', 'pipe', 'ignore'] });
let buffer = Buffer.alloc(0);
let id = 0;
const pending = new Map();
proc.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const head = buffer.indexOf('\r\n\r\n');
    if (head < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())?.[1] ?? 0);
    if (buffer.length < head + 4 + length) return;
    const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
    buffer = buffer.subarray(head + 4 + length);
    if (message.method && message.id !== undefined) send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [null] : null });
    else if (message.id !== undefined) pending.get(message.id)?.();
  }
});
function send(message) {
  const text = JSON.stringify(message);
  proc.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
}
const request = (method, params) => new Promise((resolve) => {
  pending.set(++id, resolve);
  send({ jsonrpc: '2.0', id, method, params });
});
const notify = (method, params) => send({ jsonrpc: '2.0', method, params });
const done = new Promise((resolve) => proc.on('exit', resolve));
const timer = setTimeout(() => proc.kill(), 30_000);

await request('initialize', { processId: null, rootUri: null, capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } } });
notify('initialized', {});
for (let round = 0; round < 3; round++) {
  for (const [name, languageId, text, at] of DOCS) {
    const uri = pathToFileURL(join(root, 'bench', '.work', 'code-cache', name)).href;
    if (round === 0) notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    else notify('textDocument/didChange', { textDocument: { uri, version: round + 1 }, contentChanges: [{ text: text + ' '.repeat(round) }] });
    await request('textDocument/hover', { textDocument: { uri }, position: at });
    await request('textDocument/completion', { textDocument: { uri }, position: { line: at.line, character: 0 } });
  }
}
await request('shutdown', null);
notify('exit', null);
await done;
clearTimeout(timer);
